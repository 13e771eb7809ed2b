import { setTimeout as sleep } from 'node:timers/promises'
import type { Health, Tick } from '../contract/system'
import { appVersion } from '../core/version'
import type { Store } from '../store/store'

export class SystemService {
  readonly #startedAt = new Date()
  #openStreams = 0

  constructor(
    private readonly dataDir: string,
    private readonly store: Store,
    /** Aborted when the core shuts down, ending every open stream. */
    private readonly lifetime: AbortSignal
  ) {}

  health(): Health {
    return {
      version: appVersion,
      dataDir: this.dataDir,
      databaseFile: this.store.db.name,
      schemaVersion: this.store.schemaVersion,
      startedAt: this.#startedAt.toISOString(),
      uptimeMs: Date.now() - this.#startedAt.getTime(),
      openStreams: this.#openStreams,
      node: process.versions.node,
      platform: `${process.platform}-${process.arch}`
    }
  }

  /** Ticks every `intervalMs` until `count` is reached, the caller cancels, or the core stops. */
  async *ticks(input: { intervalMs: number; count?: number | undefined }, options: { signal?: AbortSignal } = {}): AsyncGenerator<Tick> {
    const signal = options.signal ? AbortSignal.any([options.signal, this.lifetime]) : this.lifetime
    this.#openStreams++
    try {
      for (let n = 1; input.count === undefined || n <= input.count; n++) {
        try {
          await sleep(input.intervalMs, undefined, { signal })
        } catch (error) {
          if (signal.aborted) return
          throw error
        }
        yield { n, at: new Date().toISOString() }
      }
    } finally {
      this.#openStreams--
    }
  }
}
