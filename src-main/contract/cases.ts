import { z } from 'zod'
import { localizedSchema } from '../cases/case-schema'
import { base } from './base'

export const casePackSchema = z.object({
  id: z.string(),
  version: z.string(),
  title: localizedSchema,
  author: z.string(),
  licence: z.string(),
  languages: z.array(z.string()),
  caseCount: z.number().int(),
  importedAt: z.string()
})

export const caseSummarySchema = z.object({
  packId: z.string(),
  id: z.string(),
  /** The presenting problem, never the diagnosis. */
  title: localizedSchema,
  specialty: z.string(),
  difficulty: z.enum(['easy', 'medium', 'hard'])
})
export type CaseSummary = z.infer<typeof caseSummarySchema>

export const casesContract = {
  list: base.output(z.object({ packs: z.array(casePackSchema), cases: z.array(caseSummarySchema) }))
}
