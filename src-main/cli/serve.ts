import { randomUUID } from 'node:crypto'
import { findStarterPack } from '../cases/bundled-packs'
import { findStarterKnowledge } from '../knowledge/bundled-knowledge'
import { createCore } from '../core/create-core'
import { startHost } from '../host/host-server'

export interface ServeOptions {
  host: string
  port: number
  dataDir: string
  token?: string | undefined
  rendererDir: string
}

/** `cliniclab serve`: one core, one HTTP host; SIGINT/SIGTERM shut both down in order. */
export async function serve(options: ServeOptions): Promise<void> {
  const core = createCore({ dataDir: options.dataDir, logEcho: true }, { bundledPackDir: findStarterPack(), bundledKnowledgeDir: findStarterKnowledge() })
  try {
    const host = core.register(
      await startHost(core, { host: options.host, port: options.port, token: options.token, rendererDir: options.rendererDir })
    )
    core.store.audit.write({ door: 'cli', actor: 'serve', action: 'host.start', traceId: randomUUID(), outcome: 'ok', detail: { url: host.url } })
    const shownUrl = options.token ? `${host.url}?token=${encodeURIComponent(options.token)}` : host.url
    process.stdout.write(`ClinicLab is serving ${shownUrl}\n  data folder: ${options.dataDir}\n  stop with Ctrl+C\n`)
  } catch (error) {
    await core.dispose()
    throw error
  }

  const stop = (signal: NodeJS.Signals) => {
    process.stdout.write(`\n${signal}: shutting down…\n`)
    core.dispose().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`cliniclab: shutdown failed: ${String(error)}\n`)
        process.exit(1)
      }
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
