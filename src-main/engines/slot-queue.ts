import { AppError } from '../core/errors'

export class EngineBusyError extends AppError<{ waiting: number }> {
  constructor(waiting: number) {
    super('ENGINE_BUSY', `The local engine already has ${waiting} requests waiting; try again when one finishes.`, { waiting })
  }
}

/**
 * A first-come-first-served semaphore over a fixed number of slots (context
 * sequences). Waiters are served strictly in arrival order, so no caller
 * starves; past `maxWaiting` new callers are refused at once (back-pressure)
 * instead of queueing without bound.
 */
export class SlotQueue {
  #free: number
  readonly #waiters: { grant: () => void; fail: (error: unknown) => void }[] = []

  constructor(
    readonly slots: number,
    private readonly maxWaiting: number
  ) {
    this.#free = slots
  }

  get running(): number {
    return this.slots - this.#free
  }

  get waiting(): number {
    return this.#waiters.length
  }

  /** Resolves with a release function once a slot is free; rejects when the signal aborts first. */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted()
    if (this.#free > 0 && this.#waiters.length === 0) {
      this.#free--
      return this.#releaser()
    }
    if (this.#waiters.length >= this.maxWaiting) throw new EngineBusyError(this.#waiters.length)
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort)
          resolve(this.#releaser())
        },
        fail: reject
      }
      const onAbort = (): void => {
        const index = this.#waiters.indexOf(waiter)
        if (index >= 0) this.#waiters.splice(index, 1)
        reject(signal!.reason)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.#waiters.push(waiter)
    })
  }

  /** Fails every waiter (the engine is going away). */
  rejectAll(error: unknown): void {
    for (const waiter of this.#waiters.splice(0)) waiter.fail(error)
  }

  #releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.#waiters.shift()
      if (next) next.grant()
      else this.#free++
    }
  }
}
