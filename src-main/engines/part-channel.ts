/**
 * Turns callback-style producers (node-llama-cpp's onResponseChunk) into an
 * async iterable. Unbounded on purpose: the producer is a single generation
 * whose pace the consumer cannot slow anyway, and its parts are small.
 */
export class PartChannel<T> implements AsyncIterable<T> {
  readonly #items: T[] = []
  #waiting: ((result: IteratorResult<T>) => void) | null = null
  #closed = false

  push(item: T): void {
    if (this.#closed) return
    if (this.#waiting) {
      const resolve = this.#waiting
      this.#waiting = null
      resolve({ value: item, done: false })
    } else this.#items.push(item)
  }

  close(): void {
    this.#closed = true
    if (this.#waiting) {
      const resolve = this.#waiting
      this.#waiting = null
      resolve({ value: undefined, done: true })
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      if (this.#items.length > 0) {
        yield this.#items.shift()!
        continue
      }
      if (this.#closed) return
      const next = await new Promise<IteratorResult<T>>((resolve) => (this.#waiting = resolve))
      if (next.done) return
      yield next.value
    }
  }
}
