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

export const packProblemSchema = z.object({ file: z.string(), path: z.string(), message: z.string() })
export type PackProblemWire = z.infer<typeof packProblemSchema>

/** Pack files travel as uploads: a zip, or a file of another format (.jsonl, .json). */
const uploadSchema = z.object({ file: z.instanceof(File).refine((file) => file.size <= 100 * 1024 * 1024, 'files over 100 MB are refused') })

export const casesContract = {
  list: base.output(z.object({ packs: z.array(casePackSchema), cases: z.array(caseSummarySchema) })),
  validateUpload: base.input(uploadSchema).output(
    z.object({
      valid: z.boolean(),
      packId: z.string().nullable(),
      caseCount: z.number().int(),
      problems: z.array(packProblemSchema),
      warnings: z.array(packProblemSchema)
    })
  ),
  importUpload: base
    .meta({ audit: true })
    .input(uploadSchema)
    .output(z.object({ packId: z.string(), version: z.string(), caseCount: z.number().int(), warnings: z.array(packProblemSchema) })),
  exportPack: base.input(z.object({ packId: z.string().min(1) })).output(z.instanceof(File)),
  deletePack: base.meta({ audit: true }).input(z.object({ packId: z.string().min(1) })).output(z.object({ deleted: z.boolean() }))
}
