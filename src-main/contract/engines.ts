import { z } from 'zod'
import { base } from './base'

// The engine manager arrives with the inference work; until then the only
// honest state is that no model is configured.
export const engineStateSchema = z.object({
  state: z.enum(['no-model', 'starting', 'ready', 'degraded', 'crashed', 'stopping']),
  engine: z.string().nullable(),
  model: z.string().nullable()
})
export type EngineState = z.infer<typeof engineStateSchema>

export const enginesContract = {
  status: base.output(engineStateSchema)
}
