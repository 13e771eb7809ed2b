import { on, type EventEmitter } from 'node:events'

/**
 * A watch stream: `current` at once, then every value emitted as `change`,
 * until the signal aborts (which ends the stream quietly). The listener is
 * attached before `current` is read, so nothing emitted in between is lost.
 */
export async function* watchStream<T>(events: EventEmitter, current: () => T, signal?: AbortSignal): AsyncGenerator<T> {
  const changes = on(events, 'change', signal ? { signal } : {})
  yield current()
  try {
    for await (const [value] of changes) yield value as T
  } catch (error) {
    if (!signal?.aborted) throw error
  }
}
