import { z } from 'zod'
import { checklistItemSchema } from './checklist-schema'
import { factCategories, idSchema, keywordsSchema, localizedSchema } from './schema-parts'

/**
 * The ClinicLab case, version 1. Documented for authors in cases/README.md.
 *
 * The patient engine reads only `patient`, `persona` and `facts` (see
 * patient-view.ts); exams, tests and `assessment` stay out of its reach.
 */
export const caseSchemaVersion = 1

export { caseLanguages, factCategories, idSchema, keywordsSchema, localizedSchema } from './schema-parts'
export type { CaseLanguage, FactCategory, Keywords, Localized } from './schema-parts'

export const factSchema = z
  .object({
    /** Stable across versions of the case: the fact ledger and checklists refer to it. */
    id: idSchema,
    category: z.enum(factCategories),
    /** `volunteered` facts the patient may say unprompted; `on-ask` only when asked. */
    disclosure: z.enum(['volunteered', 'on-ask']),
    /** The clinical statement, third person ("Chest pain started 2 hours ago"). */
    text: localizedSchema,
    /** What the patient says, first person, in their own voice. */
    say: localizedSchema,
    /** Words a question may use to reach this fact, colloquial and clinical. */
    keywords: keywordsSchema,
    /** A pertinent negative ("no fever"): the patient denies, but it still counts as asked. */
    negative: z.boolean().default(false)
  })
  .strict()
export type Fact = z.infer<typeof factSchema>

export const catalogueItemSchema = z
  .object({
    id: idSchema,
    name: localizedSchema,
    /** Names and abbreviations an order may use ("血常规", "CBC", "full blood count"). */
    synonyms: keywordsSchema,
    result: localizedSchema,
    abnormal: z.boolean(),
    costCny: z.number().nonnegative().optional(),
    turnaroundMinutes: z.number().int().nonnegative().optional(),
    /** For scoring orders: how appropriate it is to order this here. */
    appropriateness: z.enum(['indicated', 'neutral', 'unnecessary', 'harmful']).default('neutral')
  })
  .strict()
export type CatalogueItem = z.infer<typeof catalogueItemSchema>

export const diagnosisSchema = z
  .object({
    name: localizedSchema,
    /** Other names and abbreviations in any language (甲亢, Graves' disease, hyperthyroidism). */
    synonyms: z.array(z.string().trim().min(1)).default([])
  })
  .strict()
export type Diagnosis = z.infer<typeof diagnosisSchema>

export const noteSchema = z
  .object({
    /** Where it came from, e.g. the source field of an imported record. */
    source: z.string(),
    text: z.string()
  })
  .strict()

export const caseSchema = z
  .object({
    schemaVersion: z.literal(caseSchemaVersion),
    id: idSchema,
    title: localizedSchema,
    specialty: z.string().trim().min(1),
    difficulty: z.enum(['easy', 'medium', 'hard']).default('medium'),
    /** Where the encounter happens (emergency department, clinic…). */
    setting: localizedSchema.optional(),
    patient: z
      .object({
        name: localizedSchema.optional(),
        age: z.number().min(0).max(130).optional(),
        ageText: localizedSchema.optional(),
        sex: z.enum(['female', 'male', 'unknown']),
        occupation: localizedSchema.optional()
      })
      .strict(),
    persona: z
      .object({
        speechStyle: localizedSchema.optional(),
        education: z.enum(['low', 'medium', 'high']).default('medium'),
        anxiety: z.enum(['low', 'medium', 'high']).default('medium')
      })
      .strict(),
    facts: z.array(factSchema).min(1),
    exams: z.array(catalogueItemSchema).default([]),
    tests: z.array(catalogueItemSchema).default([]),
    /** Never shown to the patient engine, and to the student only after submission. */
    assessment: z
      .object({
        diagnosis: diagnosisSchema,
        differentials: z.array(diagnosisSchema).default([]),
        redFlags: z
          .array(z.object({ id: idSchema, text: localizedSchema, factIds: z.array(z.string()).default([]) }).strict())
          .default([]),
        teachingNotes: localizedSchema.optional(),
        /** Weighted items the rule scorer checks; without one, a checklist is generated from the facts (assessment/generate-checklist.ts). */
        checklist: z.array(checklistItemSchema).optional()
      })
      .strict(),
    /** Content an importer could not map to a field, kept rather than dropped. */
    notes: z.array(noteSchema).default([]),
    source: z.object({ format: z.string(), file: z.string(), index: z.number().int().optional() }).strict().optional()
  })
  .strict()
  .superRefine((value, context) => {
    const seen = new Set<string>()
    const check = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) context.addIssue({ code: 'custom', path, message: `duplicate id "${id}"` })
      seen.add(id)
    }
    value.facts.forEach((fact, index) => check(fact.id, ['facts', index, 'id']))
    value.exams.forEach((item, index) => check(item.id, ['exams', index, 'id']))
    value.tests.forEach((item, index) => check(item.id, ['tests', index, 'id']))
    const factIds = new Set(value.facts.map((fact) => fact.id))
    value.assessment.redFlags.forEach((flag, flagIndex) =>
      flag.factIds.forEach((id, index) => {
        if (!factIds.has(id)) context.addIssue({ code: 'custom', path: ['assessment', 'redFlags', flagIndex, 'factIds', index], message: `no fact with id "${id}"` })
      })
    )
    const itemIds = new Set([...value.exams, ...value.tests].map((item) => item.id))
    const checklistIds = new Set<string>()
    value.assessment.checklist?.forEach((item, itemIndex) => {
      const path = ['assessment', 'checklist', itemIndex]
      if (checklistIds.has(item.id)) context.addIssue({ code: 'custom', path: [...path, 'id'], message: `duplicate checklist id "${item.id}"` })
      checklistIds.add(item.id)
      item.factIds.forEach((id, index) => {
        if (!factIds.has(id)) context.addIssue({ code: 'custom', path: [...path, 'factIds', index], message: `no fact with id "${id}"` })
      })
      item.orderIds.forEach((id, index) => {
        if (!itemIds.has(id)) context.addIssue({ code: 'custom', path: [...path, 'orderIds', index], message: `no exam or test with id "${id}"` })
      })
    })
  })

export type CaseInput = z.input<typeof caseSchema>
export type Case = z.output<typeof caseSchema>
