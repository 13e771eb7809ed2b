import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { KnowledgeStatus } from '../contract/knowledge'
import { Store } from '../store/store'
import { HashEmbedder } from '../test-support/hash-embedder'
import {
  writeCorruptPdfFixture,
  writeDocxFixture,
  writeEmptyPdfFixture,
  writeEncryptedPdfFixture,
  writeHtmlFixture,
  writeLargeFileFixture,
  writePdfFixture,
  writeScannedPdfFixture
} from '../test-support/kb-fixtures'
import { silentLogger } from '../test-support/silent-logger'
import { useTempDirs } from '../test-support/temp-dir'
import { EmbedderHost } from './embedders/embedder-host'
import { KnowledgeService } from './knowledge-service'

const tempDir = useTempDirs()
const open: { dispose(): Promise<void> }[] = []
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.dispose()
})

/** A store, an embedder host whose "onnx" choice opens the given test embedder, and the service. */
async function knowledgeOn(dir: string, embedder: HashEmbedder | null, options: { batchSize?: number } = {}) {
  const store = Store.open({ file: join(dir, 'db.sqlite'), backupDir: join(dir, 'backups'), logger: silentLogger, slowQueryMs: 1000 })
  open.push(store)
  const host = new EmbedderHost(store, { onnx: async () => embedder!, gguf: () => Promise.reject(new Error('unused')), engine: () => { throw new Error('unused') } }, silentLogger)
  if (embedder) await host.set({ kind: 'onnx', folder: 'test', quantized: false })
  open.push(host)
  const service = new KnowledgeService(store, host, silentLogger, { dir: join(dir, 'knowledge'), batchSize: options.batchSize ?? 4, chunking: { size: 60, overlap: 0 } })
  open.push(service)
  return { store, host, service }
}

const chestPain = `# 急性冠脉综合征

## 临床表现
典型表现为胸骨后压榨样疼痛，持续二十分钟以上。可伴大汗、恶心和呼吸困难。

## 首要检查
首次医疗接触后十分钟内完成十二导联心电图。尽早检测高敏肌钙蛋白。
`
const appendicitis = `Appendicitis

Pain often starts around the navel and moves to the right iliac fossa. Fever and vomiting are common.

The Alvarado score helps to decide who needs imaging. Ultrasound is the first test in children and pregnancy.
`

function write(dir: string, name: string, text: string): string {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}

describe('KnowledgeService', () => {
  it('indexes Markdown and text in the background and finds Chinese and English by full text, saying there is no embedder', async () => {
    const dir = tempDir()
    const { service } = await knowledgeOn(dir, null)
    const collection = service.createCollection('My guidelines')
    const zh = await service.addDocument(collection.id, write(dir, 'acs.md', chestPain))
    await service.addDocument(collection.id, write(dir, 'appendicitis.txt', appendicitis))
    expect(zh.state).toBe('queued')
    await service.idle()
    const status = service.status()
    expect(status.documents.map((doc) => doc.state)).toEqual(['ready', 'ready'])
    expect(status.collections[0]).toMatchObject({ documents: 2, embedder: null })
    expect(status.collections[0]!.chunks).toBeGreaterThanOrEqual(4)

    const chinese = await service.search({ query: '胸痛出汗' })
    expect(chinese).toMatchObject({ mode: 'fts', note: 'no-embedder' })
    expect(chinese.hits[0]).toMatchObject({ documentName: 'acs.md', title: '急性冠脉综合征', heading: '急性冠脉综合征 › 临床表现' })
    expect(chinese.hits[0]!.text).toContain('大汗')
    const english = await service.search({ query: 'which score decides imaging?' })
    expect(english.hits[0]!.documentName).toBe('appendicitis.txt')
    expect(english.hits[0]!.text).toContain('Alvarado')
  })

  it('fuses full-text and vector results when an embedder is chosen', async () => {
    const dir = tempDir()
    const { service } = await knowledgeOn(dir, new HashEmbedder())
    const collection = service.createCollection('Mine')
    await service.addDocument(collection.id, write(dir, 'acs.md', chestPain))
    await service.addDocument(collection.id, write(dir, 'appendicitis.txt', appendicitis))
    await service.idle()
    expect(service.status().collections[0]).toMatchObject({ embedder: 'onnx:test', dimensions: 64 })
    const result = await service.search({ query: '心电图什么时候做' })
    expect(result).toMatchObject({ mode: 'hybrid', note: null })
    expect(result.hits[0]!.text).toContain('心电图')
    expect(result.hits[0]!.ftsRank).toBe(1)
    expect(result.hits[0]!.vectorRank).not.toBeNull()
    const vectorOnly = await service.search({ query: 'navel pain moving to the right', mode: 'vector' })
    expect(vectorOnly.mode).toBe('vector')
    expect(vectorOnly.hits.every((hit) => hit.ftsRank === null)).toBe(true)
    expect(vectorOnly.hits[0]!.documentName).toBe('appendicitis.txt')
  })

  it('streams every status change to watchers, progress included, until the document is ready', async () => {
    const dir = tempDir()
    const { service } = await knowledgeOn(dir, new HashEmbedder())
    const collection = service.createCollection('Mine')
    const stop = new AbortController()
    const seen: KnowledgeStatus[] = []
    const watching = (async () => {
      for await (const status of service.watch(stop.signal)) {
        seen.push(status)
        if (status.documents[0]?.state === 'ready') stop.abort()
      }
    })()
    await service.addDocument(collection.id, write(dir, 'acs.md', chestPain))
    await watching
    expect(seen.every((status) => Array.isArray(status?.documents))).toBe(true)
    expect(seen.some((status) => status.current?.phase === 'embedding')).toBe(true)
    expect(seen.at(-1)!.documents[0]).toMatchObject({ name: 'acs.md', state: 'ready' })
  })

  it('resumes after a crash mid-indexing: staged batches are not embedded again, and the half-done document is never searchable', async () => {
    const dir = tempDir()
    const longText = Array.from({ length: 20 }, (_, at) => `## 第${at + 1}节\n第${at + 1}节讲述胸痛的鉴别诊断要点${at + 1}。`).join('\n\n')
    const first = new HashEmbedder()
    first.holdAtCall = 3 // batches 0–2 (12 chunks of 4) are staged, the fourth waits
    const before = await knowledgeOn(dir, first)
    const collection = before.service.createCollection('Mine')
    const doc = await before.service.addDocument(collection.id, write(dir, 'long.md', `# 胸痛\n\n${longText}`))
    await first.reachedHold
    expect(before.service.status().current).toMatchObject({ documentId: doc.id, phase: 'embedding', done: 12 })
    expect((await before.service.search({ query: '胸痛鉴别诊断' })).hits).toEqual([])
    // The "crash": everything is shut down while the fourth batch is being embedded.
    for (const item of open.splice(0).reverse()) await item.dispose()

    const second = new HashEmbedder()
    const after = await knowledgeOn(dir, second)
    await after.service.idle()
    const resumed = after.service.status().documents[0]!
    expect(resumed).toMatchObject({ id: doc.id, state: 'ready' })
    expect(resumed.chunks).toBe(20)
    expect(second.calls.flat().length).toBe(8)
    expect(second.calls.flat()).not.toContain(first.calls[0]![0])
    const hits = (await after.service.search({ query: '胸痛鉴别诊断要点', limit: 50 })).hits
    expect(new Set(hits.map((hit) => hit.chunkId)).size).toBe(hits.length)
    expect(hits.length).toBe(resumed.chunks)
  })

  it('refuses duplicates and unreadable files, leaving the collection as it was', async () => {
    const dir = tempDir()
    const { service } = await knowledgeOn(dir, null, {})
    const collection = service.createCollection('Mine')
    await service.addDocument(collection.id, write(dir, 'acs.md', chestPain))
    await service.idle()
    const before = service.status()
    await expect(service.addDocument(collection.id, write(dir, 'copy.md', chestPain))).rejects.toMatchObject({ code: 'KB_DUPLICATE' })
    const locked = writeEncryptedPdfFixture(dir, 'locked.pdf')
    await expect(service.addDocument(collection.id, locked)).rejects.toMatchObject({ code: 'KB_PDF_ENCRYPTED', message: expect.stringContaining('locked.pdf') })
    await expect(service.addDocument(collection.id, write(dir, 'notes.rtf', 'x'))).rejects.toMatchObject({ code: 'KB_FORMAT_UNSUPPORTED' })
    await expect(service.addDocument(collection.id, write(dir, 'blank.md', '  \n\n'))).rejects.toMatchObject({ code: 'KB_DOCUMENT_EMPTY' })
    await service.idle()
    expect(service.status()).toEqual(before)
  })

  it('ingests HTML, PDF (page kept) and DOCX, each searchable in Chinese with its source', async () => {
    const dir = tempDir()
    const { service } = await knowledgeOn(dir, null)
    const collection = service.createCollection('Formats')
    await service.addDocument(collection.id, writeHtmlFixture(dir))
    await service.addDocument(collection.id, writePdfFixture(dir, 'guide.pdf', ['Page one is about asthma.', '肺炎患者需评估CURB-65评分。'], { title: 'Pneumonia' }))
    await service.addDocument(collection.id, writeDocxFixture(dir, 'stroke.docx', { heading: 'Stroke', paragraphs: ['溶栓需在发病4.5小时内进行。'] }))
    await service.idle()
    expect(service.status().documents.map((doc) => [doc.name, doc.format, doc.state])).toEqual([
      ['guide.html', 'html', 'ready'],
      ['guide.pdf', 'pdf', 'ready'],
      ['stroke.docx', 'docx', 'ready']
    ])
    expect((await service.search({ query: 'CURB-65评分' })).hits[0]).toMatchObject({ documentName: 'guide.pdf', page: 2 })
    expect((await service.search({ query: '溶栓时间窗' })).hits[0]).toMatchObject({ documentName: 'stroke.docx', heading: 'Stroke' })
    expect((await service.search({ query: '胸痛伴大汗' })).hits[0]).toMatchObject({ documentName: 'guide.html', heading: 'Chest pain › Red flags' })
  })

  it('refuses a scanned, empty or corrupt PDF and a file of 200 MB or more, leaving the collection as it was', async () => {
    const dir = tempDir()
    const { service } = await knowledgeOn(dir, null)
    const collection = service.createCollection('Mine')
    await service.addDocument(collection.id, write(dir, 'acs.md', chestPain))
    await service.idle()
    const before = service.status()
    await expect(service.addDocument(collection.id, writeScannedPdfFixture(dir))).rejects.toMatchObject({ code: 'KB_PDF_NO_TEXT', message: expect.stringContaining('OCR') })
    await expect(service.addDocument(collection.id, writeEmptyPdfFixture(dir))).rejects.toMatchObject({ code: 'KB_DOCUMENT_EMPTY' })
    await expect(service.addDocument(collection.id, writeCorruptPdfFixture(dir))).rejects.toMatchObject({ code: 'KB_DOCUMENT_CORRUPT', message: expect.stringContaining('broken.pdf') })
    await expect(service.addDocument(collection.id, writeLargeFileFixture(dir, 'huge.pdf', 200 * 1024 * 1024))).rejects.toMatchObject({ code: 'KB_FILE_TOO_LARGE', message: expect.stringContaining('200 MB') })
    await service.idle()
    expect(service.status()).toEqual(before)
  })

  it('removes and re-indexes a document; its passages leave the search with it', async () => {
    const dir = tempDir()
    const { service } = await knowledgeOn(dir, null)
    const collection = service.createCollection('Mine')
    const doc = await service.addDocument(collection.id, write(dir, 'acs.md', chestPain))
    await service.idle()
    const again = await service.reindexDocument(doc.id)
    expect(again.state).toBe('queued')
    await service.idle()
    const hits = (await service.search({ query: '心电图', limit: 50 })).hits
    expect(hits.length).toBeGreaterThan(0)
    expect(new Set(hits.map((hit) => hit.chunkId)).size).toBe(hits.length)
    expect(await service.removeDocument(doc.id)).toBe(true)
    expect((await service.search({ query: '心电图' })).hits).toEqual([])
    expect(service.status().documents).toEqual([])
  })

  it('embeds every collection again when the embedder changes', async () => {
    const dir = tempDir()
    const { service, host } = await knowledgeOn(dir, null)
    const collection = service.createCollection('Mine')
    await service.addDocument(collection.id, write(dir, 'acs.md', chestPain))
    await service.idle()
    expect(service.status().collections[0]!.embedder).toBeNull()
    const embedder = new HashEmbedder()
    ;(host as unknown as { openers: { onnx: () => Promise<HashEmbedder> } }).openers.onnx = async () => embedder
    await host.set({ kind: 'onnx', folder: 'test', quantized: false })
    expect(await service.reembedAll()).toBe(1)
    await service.idle()
    expect(service.status().collections[0]).toMatchObject({ embedder: 'onnx:test', chunks: expect.any(Number) })
    expect(embedder.calls.flat().length).toBeGreaterThan(0)
    expect((await service.search({ query: '肌钙蛋白' })).mode).toBe('hybrid')
  })
})
