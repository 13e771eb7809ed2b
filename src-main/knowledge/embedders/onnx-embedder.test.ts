import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { env } from '@huggingface/transformers'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useTempDirs } from '../../test-support/temp-dir'
import { writeTinyOnnxEmbedder } from '../../test-support/tiny-onnx'
import { OnnxEmbedder } from './onnx-embedder'

const tempDir = useTempDirs()
// Where transformers.js would cache downloads by default: loading a local folder must leave it alone.
const libraryCache = join(dirname(createRequire(import.meta.url).resolve('@huggingface/transformers')), '..', '.cache')

function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0
  for (let index = 0; index < a.length; index++) sum += a[index]! * b[index]!
  return sum // both are unit length
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort()
}

describe('OnnxEmbedder on the generated tiny model', () => {
  const originalFetch = env.fetch
  const fetchSpy = vi.fn(() => Promise.reject(new Error('the embedder must not touch the network')))
  const cacheExisted = existsSync(libraryCache)

  beforeEach(() => {
    fetchSpy.mockClear()
    env.fetch = fetchSpy
  })
  afterEach(() => {
    env.fetch = originalFetch
  })

  it('loads from the folder alone, without the network or a cache folder', async () => {
    const folder = await writeTinyOnnxEmbedder(join(tempDir(), 'tiny-embedder'))
    const before = listFiles(folder)
    const embedder = await OnnxEmbedder.open(folder)
    await embedder.embed(['chest pain'])
    await embedder.dispose()

    expect(embedder.id).toBe('onnx:tiny-embedder')
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(listFiles(folder)).toEqual(before)
    expect(before).toEqual(['config.json', join('onnx', 'model.onnx'), 'tokenizer.json', 'tokenizer_config.json'])
    if (!cacheExisted) expect(existsSync(libraryCache)).toBe(false)
  })

  it('gives unit vectors of the declared length, the same vector for the same text in any batch', async () => {
    await using embedder = await OnnxEmbedder.open(await writeTinyOnnxEmbedder(tempDir()))
    expect(await embedder.dimensions()).toBe(32)

    const [alone] = await embedder.embed(['胸痛伴出汗'])
    const [again, longer] = await embedder.embed(['胸痛伴出汗', 'chest pain radiating to the left arm with sweating'])
    expect(alone).toHaveLength(32)
    expect(Math.hypot(...alone!)).toBeCloseTo(1, 5)
    expect(Math.hypot(...longer!)).toBeCloseTo(1, 5)
    // Padding is masked out of the mean, so a shorter text's vector does not depend on its batch.
    expect(again).toEqual(alone)
  })

  it('ranks texts that share characters or words higher, in Chinese and English', async () => {
    // 256 dimensions: at 32, random rows of ~900 tokens overlap enough that the ranking holds for only most seeds.
    await using embedder = await OnnxEmbedder.open(await writeTinyOnnxEmbedder(tempDir(), { dimensions: 256 }))
    const [query, related, unrelated, chestPain, painInChest, feverCough] = await embedder.embed([
      '胸痛伴出汗', '胸痛、大汗淋漓', '右下腹痛伴发热', 'chest pain', 'pain in the chest', 'fever and cough'
    ])
    expect(cosine(query!, related!)).toBeGreaterThan(cosine(query!, unrelated!))
    expect(cosine(chestPain!, painInChest!)).toBeGreaterThan(cosine(chestPain!, feverCough!))
  })

  it('stops between batches when aborted', async () => {
    await using embedder = await OnnxEmbedder.open(await writeTinyOnnxEmbedder(tempDir()), { batchSize: 4 })
    const controller = new AbortController()
    const texts = Array.from({ length: 10 }, (_, index) => `fever day ${index}`)
    // The first batch has started by the time embed() returns its promise; the abort lands before the second.
    const pending = embedder.embed(texts, { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    await expect(embedder.embed(texts, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' })
    expect(await embedder.embed(texts)).toHaveLength(10)
  })

  it('refuses use after dispose', async () => {
    const embedder = await OnnxEmbedder.open(await writeTinyOnnxEmbedder(tempDir()))
    await embedder.dispose()
    await embedder.dispose()
    await expect(embedder.embed(['cough'])).rejects.toMatchObject({ code: 'DISPOSED' })
  })
})

describe('OnnxEmbedder on an incomplete folder', () => {
  it.each(['tokenizer.json', 'config.json', 'tokenizer_config.json', 'onnx/model.onnx'])('names a missing %s', async (file) => {
    const folder = await writeTinyOnnxEmbedder(tempDir())
    rmSync(join(folder, file))
    const failure = OnnxEmbedder.open(folder)
    await expect(failure).rejects.toMatchObject({ code: 'EMBEDDER_MODEL_INVALID', data: { folder, missing: [file] } })
    await expect(failure).rejects.toThrow(folder)
  })

  it('wants onnx/model_quantized.onnx when quantized', async () => {
    const folder = await writeTinyOnnxEmbedder(tempDir())
    await expect(OnnxEmbedder.open(folder, { quantized: true })).rejects.toThrow(`${folder} lacks onnx/model_quantized.onnx`)
  })

  it('reports an unreadable model file as invalid, with the cause', async () => {
    const folder = await writeTinyOnnxEmbedder(tempDir())
    writeFileSync(join(folder, 'onnx', 'model.onnx'), 'not a protobuf')
    await expect(OnnxEmbedder.open(folder)).rejects.toMatchObject({ code: 'EMBEDDER_MODEL_INVALID', data: { folder, missing: [] } })
  })
})
