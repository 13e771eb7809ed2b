import { z } from 'zod'

/** Building blocks shared by the case schema and its checklist. */
export const caseLanguages = ['zh', 'en'] as const
export type CaseLanguage = (typeof caseLanguages)[number]

/** Text in one or both languages; a pack's manifest says which languages are required. */
export const localizedSchema = z
  .object({ zh: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() })
  .strict()
  .refine((text) => text.zh !== undefined || text.en !== undefined, 'needs text in at least one language (zh or en)')
export type Localized = z.infer<typeof localizedSchema>

export const keywordsSchema = z
  .object({ zh: z.array(z.string().trim().min(1)).optional(), en: z.array(z.string().trim().min(1)).optional() })
  .strict()
export type Keywords = z.infer<typeof keywordsSchema>

export const factCategories = [
  'chief-complaint',
  'hpi-onset',
  'hpi-site',
  'hpi-character',
  'hpi-radiation',
  'hpi-associated',
  'hpi-timing',
  'hpi-modifying',
  'hpi-severity',
  'hpi-course',
  'hpi-prior-care',
  'hpi-general',
  'past-history',
  'surgery',
  'medication',
  'allergy',
  'social',
  'family',
  'menstrual-reproductive',
  'review-of-systems',
  'ice-ideas',
  'ice-concerns',
  'ice-expectations'
] as const
export type FactCategory = (typeof factCategories)[number]

export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" or "-"')

