import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createInProcessClient } from '../../api/in-process-client'
import { createCore, type Core } from '../../core/create-core'
import { useTempDirs } from '../../test-support/temp-dir'
import { tinyModels } from '../../test-support/tiny-models'
import { writeTinyOnnxEmbedder } from '../../test-support/tiny-onnx'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(async () => {
  for (const core of cores.splice(0)) await core.dispose()
})

const note = '# 急性阑尾炎\n\n## 首要检查\n腹部超声是儿童和孕妇的首选影像学检查。\n\n## 处理\n确诊后尽早行阑尾切除术。'

async function coreWithNote(dir: string) {
  const core = createCore({ dataDir: dir, logLevel: 'warn' }, { gpu: false })
  cores.push(core)
  const client = createInProcessClient({ core, door: 'cli', actor: 'test' })
  const collection = await client.knowledge.createCollection({ name: 'Notes' })
  await client.knowledge.addDocument({ collectionId: collection.id, file: new File([note], 'appendicitis.md') })
  await core.knowledge.idle()
  return { core, client }
}

describe('the embedder chosen in settings', () => {
  it('none: full-text only, and the search says so', async () => {
    const { client } = await coreWithNote(tempDir())
    const result = await client.knowledge.search({ query: '超声检查', mode: 'hybrid', limit: 3 })
    expect(result).toMatchObject({ mode: 'fts', note: 'no-embedder' })
    expect(result.hits[0]?.text).toContain('超声')
  })

  it('a local ONNX folder (the generated tiny model): the collection is embedded again and searched hybrid', async () => {
    const dir = tempDir()
    const { core, client } = await coreWithNote(dir)
    const folder = await writeTinyOnnxEmbedder(join(dir, 'tiny-onnx'), { dimensions: 256 })
    const status = await client.knowledge.setEmbedder({ kind: 'onnx', folder, quantized: false })
    expect(status).toMatchObject({ state: 'idle', id: `onnx:${folder}` })
    await core.knowledge.idle()
    expect((await client.knowledge.status()).collections[0]).toMatchObject({ embedder: `onnx:${folder}`, dimensions: 256, chunks: 2 })
    expect((await client.knowledge.status()).embedder).toMatchObject({ state: 'ready', dimensions: 256 })
    const result = await client.knowledge.search({ query: '超声检查', mode: 'hybrid', limit: 3 })
    expect(result).toMatchObject({ mode: 'hybrid', note: null })
    expect(result.hits[0]).toMatchObject({ ftsRank: 1, vectorRank: expect.any(Number) })
  })

  it('a GGUF model from the library (the tiny model, through node-llama-cpp)', async () => {
    const { core, client } = await coreWithNote(tempDir())
    const tiny = await tinyModels()
    const model = await client.engines.importModel({ path: tiny.model })
    await client.knowledge.setEmbedder({ kind: 'gguf', model: model.id })
    await core.knowledge.idle()
    const status = await client.knowledge.status()
    expect(status.embedder).toMatchObject({ state: 'ready', dimensions: 64, error: null })
    expect(status.collections[0]).toMatchObject({ embedder: `gguf:${model.id}`, dimensions: 64 })
    expect(status.documents[0]).toMatchObject({ state: 'ready' })
    const result = await client.knowledge.search({ query: '阑尾切除', mode: 'vector', limit: 2 })
    expect(result.mode).toBe('vector')
    expect(result.hits).toHaveLength(2)
  })

  it('a folder that is not a model: the status says why, and the documents wait with the error', async () => {
    const dir = tempDir()
    const { core, client } = await coreWithNote(dir)
    await client.knowledge.setEmbedder({ kind: 'onnx', folder: join(dir, 'nothing-here'), quantized: false })
    await core.knowledge.idle()
    const status = await client.knowledge.status()
    expect(status.embedder).toMatchObject({ state: 'failed', error: { code: 'EMBEDDER_MODEL_INVALID' } })
    expect(status.documents[0]).toMatchObject({ state: 'failed', errorCode: 'EMBEDDER_MODEL_INVALID' })
    await client.knowledge.setEmbedder({ kind: 'none' })
    await core.knowledge.idle()
    expect((await client.knowledge.status()).documents[0]).toMatchObject({ state: 'ready', errorCode: null })
  })
})
