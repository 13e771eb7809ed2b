import { z } from 'zod'
import { caseLanguages, localizedSchema } from './case-schema'

export const packFormat = 'cliniclab-case-pack'

export const packManifestSchema = z
  .object({
    format: z.literal(packFormat),
    formatVersion: z.literal(1),
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" or "-"'),
    title: localizedSchema,
    description: localizedSchema.optional(),
    version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'a semantic version such as 1.0.0'),
    author: z.string().trim().min(1),
    licence: z.string().trim().min(1),
    /** Every text in every case must exist in each of these languages. */
    languages: z.array(z.enum(caseLanguages)).min(1),
    /** Case files, relative to the pack root, in display order. */
    cases: z.array(z.string().min(1)).min(1),
    /** sha256 over the case files (see pack-checksum.ts). */
    checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'sha256:<64 hex digits>')
  })
  .strict()

export type PackManifest = z.infer<typeof packManifestSchema>
