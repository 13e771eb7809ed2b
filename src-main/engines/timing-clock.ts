import type { Timing } from './engine-types'

/** Measures one call: time to first token, output tokens, tokens per second after the first, total latency. */
export class TimingClock {
  readonly #started = performance.now()
  #first: number | null = null
  #last: number | null = null
  #tokens = 0

  /** A generated piece arrived; `tokens` is how many tokens it holds when the engine says (1 otherwise). */
  token(tokens = 1): void {
    const now = performance.now()
    this.#first ??= now
    this.#last = now
    this.#tokens += tokens
  }

  /** The engine's own count (usage), when it reports one, replaces the count of pieces. */
  setOutputTokens(tokens: number): void {
    this.#tokens = tokens
  }

  finish(): Timing {
    const totalMs = performance.now() - this.#started
    const decodeMs = this.#first !== null && this.#last !== null ? this.#last - this.#first : 0
    return {
      ttftMs: this.#first === null ? null : this.#first - this.#started,
      outputTokens: this.#tokens,
      tokensPerSecond: this.#tokens >= 2 && decodeMs > 0 ? ((this.#tokens - 1) * 1000) / decodeMs : null,
      totalMs
    }
  }
}
