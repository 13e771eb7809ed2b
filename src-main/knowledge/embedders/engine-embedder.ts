import type { InferenceEngine, ModelRef } from '../../engines/engine-types'
import { normalize, type Embedder } from './embedder'

/**
 * Embeddings from an inference engine: the `/v1/embeddings` of a server
 * (vLLM, an OpenAI-compatible endpoint) or a GGUF embedding model loaded in
 * node-llama-cpp. Both speak the engine interface, so one class serves both.
 */
export class EngineEmbedder implements Embedder {
  #dimensions: number | null = null

  constructor(
    readonly id: string,
    private readonly engine: InferenceEngine,
    private readonly ref: ModelRef,
    /** Set when this embedder loaded the engine itself (a GGUF file) and must free it. */
    private readonly owned: { dispose(): Promise<void> } | null = null,
    private readonly batchSize = 32
  ) {}

  async dimensions(): Promise<number> {
    this.#dimensions ??= (await this.embed(['dimension probe']))[0]!.length
    return this.#dimensions
  }

  async embed(texts: readonly string[], options: { signal?: AbortSignal } = {}): Promise<Float32Array[]> {
    const vectors: Float32Array[] = []
    for (let start = 0; start < texts.length; start += this.batchSize) {
      options.signal?.throwIfAborted()
      const batch = await this.engine.embed(this.ref, texts.slice(start, start + this.batchSize), options.signal ? { signal: options.signal } : {})
      vectors.push(...batch.map(normalize))
    }
    if (vectors[0]) this.#dimensions = vectors[0].length
    return vectors
  }

  async dispose(): Promise<void> {
    await this.owned?.dispose()
  }
}
