import { access } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import type { FeatureExtractionPipeline } from '@huggingface/transformers'
import { Disposable } from '../../core/disposable'
import { AppError, describeCause } from '../../core/errors'
import type { Embedder } from './embedder'

export interface OnnxEmbedderOptions {
  /** Load `onnx/model_quantized.onnx` (int8) instead of `onnx/model.onnx`. */
  quantized?: boolean
  /** ONNX Runtime intra-op threads; unset lets it pick (one per physical core). */
  threads?: number
  /** Texts per inference call; the abort signal is checked between calls. */
  batchSize?: number
}

export class EmbedderModelInvalidError extends AppError<{ folder: string; missing: string[] }> {
  constructor(folder: string, missing: string[], cause?: unknown) {
    super(
      'EMBEDDER_MODEL_INVALID',
      (missing.length > 0
        ? `The embedding model folder ${folder} lacks ${missing.join(', ')}. `
        : `The embedding model folder ${folder} could not be loaded (${describeCause(cause)}). `) +
        'Choose a folder exported for transformers.js: config.json, tokenizer.json, tokenizer_config.json and onnx/model.onnx ' +
        '(onnx/model_quantized.onnx for the quantized variant), as in the Xenova/bge-small-zh-v1.5 repository.',
      { folder, missing },
      { cause }
    )
  }
}

async function missingFiles(folder: string, files: readonly string[]): Promise<string[]> {
  const found = await Promise.all(files.map((file) => access(join(folder, file)).then(() => true, () => false)))
  return files.filter((_, index) => !found[index])
}

/**
 * Embeddings from a local ONNX folder (bge, e5, MiniLM … as exported for
 * transformers.js), mean-pooled and normalised. Only that folder is read:
 * nothing is fetched and nothing is cached elsewhere.
 */
export class OnnxEmbedder extends Disposable implements Embedder {
  #dimensions: number | null

  private constructor(
    readonly id: string,
    private readonly extractor: FeatureExtractionPipeline,
    private readonly batchSize: number
  ) {
    super(`The ONNX embedder ${id}`)
    const hiddenSize = (extractor.model.config as { hidden_size?: unknown }).hidden_size
    this.#dimensions = typeof hiddenSize === 'number' ? hiddenSize : null
    this.onDispose(() => extractor.dispose())
  }

  static async open(folder: string, options: OnnxEmbedderOptions = {}): Promise<OnnxEmbedder> {
    // Absolute, because transformers.js treats a relative path that looks like `owner/name` as a Hub id under env.localModelPath.
    const path = resolve(folder)
    const modelFile = options.quantized ? 'onnx/model_quantized.onnx' : 'onnx/model.onnx'
    const missing = await missingFiles(path, ['config.json', 'tokenizer.json', 'tokenizer_config.json', modelFile])
    if (missing.length > 0) throw new EmbedderModelInvalidError(path, missing)

    // Loaded on first use: it pulls in the native ONNX Runtime, which a session without an ONNX embedder never needs.
    const { env, pipeline } = await import('@huggingface/transformers')
    // These are process-wide; every ONNX load in ClinicLab wants the same: local files only, no cache folder inside node_modules.
    env.allowRemoteModels = false
    env.allowLocalModels = true
    env.useFSCache = false
    env.useBrowserCache = false
    let extractor: FeatureExtractionPipeline
    try {
      extractor = await pipeline('feature-extraction', path, {
        local_files_only: true,
        device: 'cpu',
        dtype: options.quantized ? 'q8' : 'fp32',
        session_options: options.threads ? { intraOpNumThreads: options.threads, interOpNumThreads: 1 } : {}
      })
    } catch (error) {
      throw new EmbedderModelInvalidError(path, [], error)
    }
    return new OnnxEmbedder(`onnx:${basename(path)}`, extractor, Math.max(1, options.batchSize ?? 32))
  }

  async dimensions(): Promise<number> {
    this.#dimensions ??= (await this.embed(['dimension probe']))[0]!.length
    return this.#dimensions
  }

  async embed(texts: readonly string[], options: { signal?: AbortSignal } = {}): Promise<Float32Array[]> {
    this.assertAlive()
    const vectors: Float32Array[] = []
    for (let start = 0; start < texts.length; start += this.batchSize) {
      options.signal?.throwIfAborted()
      this.assertAlive()
      const output = await this.extractor(texts.slice(start, start + this.batchSize) as string[], { pooling: 'mean', normalize: true })
      const [rows, width] = output.dims as [number, number]
      const data = output.data as Float32Array
      // Copies, so each vector owns its memory rather than pinning the whole batch tensor.
      for (let row = 0; row < rows; row++) vectors.push(data.slice(row * width, (row + 1) * width))
      output.dispose()
    }
    if (vectors[0]) this.#dimensions = vectors[0].length
    return vectors
  }
}
