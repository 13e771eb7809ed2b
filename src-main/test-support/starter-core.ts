import { fileURLToPath } from 'node:url'
import { createCore, type Core, type CoreOptions } from '../core/create-core'

export const starterPackDir = fileURLToPath(new URL('../../cases/starter', import.meta.url))

/** A core on a temp folder with the starter pack imported. */
export function starterCore(dataDir: string, options: CoreOptions = {}): Core {
  const core = createCore({ dataDir, logLevel: 'warn' }, options)
  core.cases.importPack(starterPackDir)
  return core
}

/** Asks one question and returns the final reply text. */
export async function askOnce(core: Core, sessionId: string, question: string): Promise<string> {
  let reply = ''
  for await (const part of core.patient.ask(sessionId, question)) {
    if (part.type === 'done') reply = part.message.text
    if (part.type === 'error') throw new Error(part.message)
  }
  return reply
}
