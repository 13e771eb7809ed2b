import { isAbsolute } from 'node:path'
import { z } from 'zod'
import { ConfigInvalidError } from './errors'
import { schemaProblems } from './schema-problems'

export const coreConfigSchema = z.object({
  dataDir: z.string().min(1).refine(isAbsolute, 'must be an absolute path'),
  logLevel: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal']).default('info'),
  logMaxSize: z.string().regex(/^\d+[BKMG]$/, 'a size such as 10M').default('10M'),
  logMaxFiles: z.number().int().min(1).max(100).default(5),
  /** Echo warnings to stderr as well as the log file. */
  logEcho: z.boolean().default(false),
  /** Slower SQL statements than this are logged. */
  slowQueryMs: z.number().nonnegative().default(200)
})

export type CoreConfigInput = z.input<typeof coreConfigSchema>
export type CoreConfig = z.output<typeof coreConfigSchema>

export function parseCoreConfig(input: CoreConfigInput): CoreConfig {
  const result = coreConfigSchema.safeParse(input)
  if (!result.success) {
    throw new ConfigInvalidError(schemaProblems(result.error))
  }
  return result.data
}
