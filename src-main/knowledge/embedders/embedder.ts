/**
 * Turns passages and questions into vectors for the knowledge base. One
 * interface for the three sources the user can pick in settings: a local ONNX
 * folder (transformers.js), a GGUF embedding model (node-llama-cpp), or the
 * `/v1/embeddings` of an engine. With none, search is full-text only.
 */
export interface Embedder {
  /** Stable name of what produced the vectors (kind + model), stored per collection: vectors from two embedders never mix. */
  readonly id: string
  /** Vector length; known after the first call for sources that do not declare it. */
  dimensions(): Promise<number>
  /** One unit-length vector per text, in order. */
  embed(texts: readonly string[], options?: { signal?: AbortSignal }): Promise<Float32Array[]>
  dispose(): Promise<void>
}

/** Scales a vector to unit length (cosine similarity becomes a dot product; zero vectors stay zero). */
export function normalize(vector: ArrayLike<number>): Float32Array {
  let sum = 0
  for (let i = 0; i < vector.length; i++) sum += vector[i]! * vector[i]!
  const norm = Math.sqrt(sum) || 1
  const out = new Float32Array(vector.length)
  for (let i = 0; i < vector.length; i++) out[i] = vector[i]! / norm
  return out
}
