import type { Core } from '../core/create-core'

export type Door = 'electron' | 'host' | 'cli'

/** What every procedure knows about its caller. */
export interface ApiContext {
  core: Core
  door: Door
  /** Who is calling: a profile later; for now the door's own description (e.g. the remote address). */
  actor: string
  /** Set by the caller when it already has one (an HTTP header); otherwise made per call. */
  traceId?: string
}
