import { normalize, type Embedder } from '../knowledge/embedders/embedder'

/**
 * A test embedder: character bigrams hashed into a small vector, so texts
 * that share words land near each other. It records what it was asked to
 * embed, and can be held at a batch (a "crash" mid-indexing is a test
 * disposing the service while it waits there).
 */
export class HashEmbedder implements Embedder {
  readonly calls: string[][] = []
  /** When set, the call with this 0-based number waits until `release()`. */
  holdAtCall: number | null = null
  #release: (() => void) | null = null
  #held: Promise<void> | null = null
  #reached: (() => void) | null = null
  readonly reachedHold: Promise<void>

  constructor(
    readonly id = 'test:hash',
    private readonly size = 64
  ) {
    this.reachedHold = new Promise((resolve) => (this.#reached = resolve))
  }

  async dimensions(): Promise<number> {
    return this.size
  }

  async embed(texts: readonly string[], options: { signal?: AbortSignal } = {}): Promise<Float32Array[]> {
    const call = this.calls.length
    this.calls.push([...texts])
    if (call === this.holdAtCall) {
      this.#held ??= new Promise((resolve) => (this.#release = resolve))
      this.#reached?.()
      await new Promise<void>((resolve, reject) => {
        void this.#held!.then(resolve)
        options.signal?.addEventListener('abort', () => reject(options.signal!.reason), { once: true })
      })
    }
    return texts.map((text) => this.vector(text))
  }

  release(): void {
    this.#release?.()
  }

  vector(text: string): Float32Array {
    const out = new Float32Array(this.size)
    const chars = [...text.toLowerCase().replace(/\s+/g, ' ')]
    for (let i = 0; i + 1 < chars.length; i++) {
      let hash = 2166136261
      for (const code of chars[i]! + chars[i + 1]!) hash = Math.imul(hash ^ code.codePointAt(0)!, 16777619)
      out[(hash >>> 0) % this.size]! += 1
    }
    return normalize(out)
  }

  async dispose(): Promise<void> {}
}
