import { createHash } from 'node:crypto'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { FakeHuggingFace } from '../test-support/fake-hf-server'
import { useTempDirs } from '../test-support/temp-dir'
import { tinyModels } from '../test-support/tiny-models'
import { ModelDownloads, type DownloadView, type ModelDownloadsOptions } from './model-downloads'
import { ModelLibrary } from './model-library'

const tempDir = useTempDirs()
const servers: FakeHuggingFace[] = []
const managers: ModelDownloads[] = []
let model: Buffer
let modelSha: string
let adapter: Buffer

beforeAll(async () => {
  const tiny = await tinyModels()
  model = await readFile(tiny.model)
  modelSha = createHash('sha256').update(model).digest('hex')
  adapter = await readFile(tiny.adapters[0]!.path)
})

afterEach(async () => {
  await Promise.all(managers.splice(0).map((downloads) => downloads.dispose()))
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

async function setUp(options: Partial<ModelDownloadsOptions> = {}): Promise<{ hf: FakeHuggingFace; library: ModelLibrary; partialDir: string; make: (more?: Partial<ModelDownloadsOptions>) => ModelDownloads }> {
  const hf = await FakeHuggingFace.start()
  servers.push(hf)
  const dir = tempDir()
  const library = new ModelLibrary(join(dir, 'models'))
  const partialDir = join(dir, 'cache', 'downloads')
  const make = (more: Partial<ModelDownloadsOptions> = {}): ModelDownloads => {
    const downloads = new ModelDownloads({ library, partialDir, hfEndpoint: hf.endpoint, retryDelayMs: 10, ...options, ...more })
    managers.push(downloads)
    return downloads
  }
  return { hf, library, partialDir, make }
}

/** Every view of one download from the watch stream, until `until` holds (by default: it has finished). */
async function follow(downloads: ModelDownloads, id: string, until: (view: DownloadView) => boolean = (view) => ['done', 'failed', 'cancelled'].includes(view.state)): Promise<DownloadView[]> {
  const stop = new AbortController()
  const seen: DownloadView[] = []
  for await (const views of downloads.watch(stop.signal)) {
    const view = views.find((candidate) => candidate.id === id)
    if (!view) throw new Error(`download ${id} vanished from the list`)
    seen.push(view)
    if (until(view)) break
  }
  stop.abort()
  return seen
}

const filesIn = (dir: string): Promise<string[]> => readdir(dir).catch(() => [] as string[])

describe('model downloads (against a local Hugging Face stand-in)', () => {
  it('downloads hf:user/repo/file.gguf with rising progress, verifies it and adds it to the library', async () => {
    const { hf, library, partialDir, make } = await setUp()
    hf.host('cliniclab/tiny-GGUF', 'tiny-qwen3.gguf', model)
    hf.cdnRedirect = true // as huggingface.co does for LFS files: the x-linked-etag rides on the 302
    hf.throttle({ chunkBytes: 1 << 20, delayMs: 20 })
    const downloads = make()
    const started = downloads.start({ uri: 'hf:cliniclab/tiny-GGUF/tiny-qwen3.gguf' })
    expect(started).toMatchObject({ state: 'downloading', fileName: 'tiny-qwen3.gguf', downloadedBytes: 0 })
    const seen = await follow(downloads, started.id)
    const final = seen.at(-1)!
    expect(final).toMatchObject({ state: 'done', resultId: 'tiny-qwen3.gguf', totalBytes: model.length, downloadedBytes: model.length, sha256: modelSha, verified: true, error: null, resumedFromBytes: 0 })
    const progress = seen.filter((view) => view.state === 'downloading').map((view) => view.downloadedBytes)
    expect(new Set(progress.filter((bytes) => bytes > 0 && bytes < model.length)).size).toBeGreaterThanOrEqual(3)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(seen.some((view) => view.bytesPerSecond > 0)).toBe(true)
    expect(seen.map((view) => view.state)).toContain('verifying')
    const entries = await library.list()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ id: 'tiny-qwen3.gguf', problem: null, summary: { kind: 'model', architecture: 'llama', sizeBytes: model.length } })
    expect(hf.requests).toEqual(['GET /cliniclab/tiny-GGUF/resolve/main/tiny-qwen3.gguf', 'GET /cdn/cliniclab/tiny-GGUF/resolve/main/tiny-qwen3.gguf'])
    expect(await filesIn(partialDir)).toEqual([])
  })

  it('resolves hf:user/repo:QUANT through the manifest API to that quantization’s file', async () => {
    const { hf, library, make } = await setUp()
    hf.host('someone/Tiny-GGUF', 'Tiny-Q8_0.gguf', Buffer.from('not this one'))
    hf.host('someone/Tiny-GGUF', 'Tiny-Q4_K_M.gguf', adapter)
    const downloads = make()
    const { id } = downloads.start({ uri: 'hf:someone/Tiny-GGUF:q4_k_m' })
    const final = (await follow(downloads, id)).at(-1)!
    expect(final).toMatchObject({ state: 'done', fileName: 'Tiny-Q4_K_M.gguf', resultId: 'Tiny-Q4_K_M.gguf', verified: true })
    expect((await library.list()).map((entry) => [entry.id, entry.summary?.kind])).toEqual([['Tiny-Q4_K_M.gguf', 'adapter']])
    expect(hf.requests[0]).toBe('GET /v2/someone/Tiny-GGUF/manifests/q4_k_m')
  })

  it('a file whose SHA-256 differs from the expected one fails with DOWNLOAD_CHECKSUM_MISMATCH and is deleted', async () => {
    const { hf, library, partialDir, make } = await setUp()
    const wrong = 'ab'.repeat(32)
    const real = hf.host('cliniclab/tiny-GGUF', 'damaged.gguf', adapter, { linkedEtag: wrong })
    hf.host('cliniclab/tiny-GGUF', 'no-etag.gguf', adapter, { linkedEtag: null })
    const downloads = make()
    const fromServer = downloads.start({ uri: 'hf:cliniclab/tiny-GGUF/damaged.gguf' })
    const fromCaller = downloads.start({ uri: hf.url('cliniclab/tiny-GGUF', 'no-etag.gguf'), sha256: 'CD'.repeat(32) })
    for (const [view, expected] of [[fromServer, wrong], [fromCaller, 'cd'.repeat(32)]] as const) {
      const final = (await follow(downloads, view.id)).at(-1)!
      expect(final.state).toBe('failed')
      expect(final.error?.code).toBe('DOWNLOAD_CHECKSUM_MISMATCH')
      expect(final.error?.message).toContain(expected)
      expect(final.error?.message).toContain(real)
    }
    expect(await filesIn(library.dir)).toEqual([])
    expect(await filesIn(partialDir)).toEqual([])
  })

  it('without a known SHA-256 the file is kept but marked not verified, with its computed hash', async () => {
    const { hf, make } = await setUp()
    const real = hf.host('cliniclab/tiny-GGUF', 'plain.gguf', adapter, { linkedEtag: null })
    const downloads = make()
    const { id } = downloads.start({ uri: hf.url('cliniclab/tiny-GGUF', 'plain.gguf') })
    expect((await follow(downloads, id)).at(-1)).toMatchObject({ state: 'done', verified: false, sha256: real })
  })

  it('cancel keeps the partial file, and a restart resumes it with a Range request instead of starting over', async () => {
    const { hf, library, partialDir, make } = await setUp()
    hf.host('cliniclab/tiny-GGUF', 'tiny-qwen3.gguf', model)
    hf.throttle({ chunkBytes: 1 << 20, delayMs: 20 })
    const uri = 'hf:cliniclab/tiny-GGUF/tiny-qwen3.gguf'
    const first = make()
    const { id } = first.start({ uri })
    await follow(first, id, (view) => view.downloadedBytes > 10 << 20)
    const cancelled = await first.cancel(id)
    expect(cancelled.state).toBe('cancelled')
    expect(cancelled.downloadedBytes).toBeLessThan(model.length)
    expect(await filesIn(library.dir)).toEqual([])
    const partial = (await filesIn(partialDir)).find((name) => name.endsWith('.part'))!
    const kept = (await stat(join(partialDir, partial))).size
    expect(kept).toBeGreaterThan(10 << 20)
    expect(kept).toBeLessThan(model.length)

    // A new instance over the same folder: what the app sees after a restart.
    hf.throttle(null)
    const second = make()
    expect(await second.interrupted()).toEqual([{ uri, fileName: 'tiny-qwen3.gguf', downloadedBytes: kept, totalBytes: model.length }])
    const resumed = second.start({ uri })
    const final = (await follow(second, resumed.id)).at(-1)!
    expect(final).toMatchObject({ state: 'done', resumedFromBytes: kept, downloadedBytes: model.length, sha256: modelSha, verified: true })
    expect(hf.ranges).toEqual([null, `bytes=${kept}-`])
    expect(hf.bytesServed).toBeLessThan(2 * model.length)
    expect(createHash('sha256').update(await readFile(library.path('tiny-qwen3.gguf'))).digest('hex')).toBe(modelSha)
    expect(await filesIn(partialDir)).toEqual([])
  })

  it('a dropped connection fails with DOWNLOAD_FAILED when retries are off, and the next start resumes', async () => {
    const { hf, library, make } = await setUp({ retries: 0 })
    hf.host('cliniclab/tiny-GGUF', 'tiny-qwen3.gguf', model)
    hf.dropOnceAfter(12 << 20)
    const uri = hf.url('cliniclab/tiny-GGUF', 'tiny-qwen3.gguf')
    const first = make()
    const failed = (await follow(first, first.start({ uri }).id)).at(-1)!
    expect(failed.state).toBe('failed')
    expect(failed.error?.code).toBe('DOWNLOAD_FAILED')
    expect(failed.error?.message).toMatch(/connection (broke|closed)/)
    expect(await filesIn(library.dir)).toEqual([])

    const second = make()
    const final = (await follow(second, second.start({ uri }).id)).at(-1)!
    expect(final).toMatchObject({ state: 'done', sha256: modelSha, verified: true })
    expect(final.resumedFromBytes).toBeGreaterThan(0)
    expect(hf.ranges).toEqual([null, `bytes=${final.resumedFromBytes}-`])
    expect(hf.bytesServed).toBeLessThan(2 * model.length)
  })

  it('with retries on (the default), a dropped connection resumes by itself', async () => {
    const { hf, make } = await setUp()
    hf.host('cliniclab/tiny-GGUF', 'tiny-qwen3.gguf', model)
    hf.dropOnceAfter(12 << 20)
    const downloads = make()
    const final = (await follow(downloads, downloads.start({ uri: 'hf:cliniclab/tiny-GGUF/tiny-qwen3.gguf' }).id)).at(-1)!
    expect(final).toMatchObject({ state: 'done', sha256: modelSha, verified: true })
    expect(hf.ranges).toHaveLength(2)
    expect(hf.ranges[1]).toMatch(/^bytes=\d+-$/)
    expect(hf.bytesServed).toBeLessThan(2 * model.length)
  })

  it('a partial of a file that changed upstream since is thrown away, not spliced onto the new bytes', async () => {
    const { hf, partialDir, make } = await setUp()
    hf.host('cliniclab/tiny-GGUF', 'tiny-qwen3.gguf', Buffer.concat([adapter, Buffer.alloc(model.length - adapter.length)]))
    hf.throttle({ chunkBytes: 1 << 20, delayMs: 20 })
    const uri = 'hf:cliniclab/tiny-GGUF/tiny-qwen3.gguf'
    const first = make()
    const { id } = first.start({ uri })
    await follow(first, id, (view) => view.downloadedBytes > 4 << 20)
    await first.cancel(id)
    hf.host('cliniclab/tiny-GGUF', 'tiny-qwen3.gguf', model) // a new revision under the same name
    hf.throttle(null)
    const second = make()
    const final = (await follow(second, second.start({ uri }).id)).at(-1)!
    expect(final).toMatchObject({ state: 'done', sha256: modelSha, verified: true, resumedFromBytes: 0 })
    expect(hf.ranges[1]).toMatch(/^bytes=\d+-$/)
    expect(hf.ranges[2]).toBeNull()
    expect(await filesIn(partialDir)).toEqual([])
  })

  it('a server that goes quiet mid-file counts as a dropped connection (stall timeout)', async () => {
    const { hf, library, make } = await setUp({ retries: 0, stallTimeoutMs: 300 })
    hf.host('cliniclab/tiny-GGUF', 'tiny-qwen3.gguf', model)
    hf.throttle({ chunkBytes: 1 << 20, delayMs: 2000 })
    const downloads = make()
    const final = (await follow(downloads, downloads.start({ uri: 'hf:cliniclab/tiny-GGUF/tiny-qwen3.gguf' }).id)).at(-1)!
    expect(final.error?.code).toBe('DOWNLOAD_FAILED')
    expect(final.error?.message).toContain('no data arrived')
    expect(await filesIn(library.dir)).toEqual([])
  })

  it('names what went wrong: 404, gated repo, unknown quantization, unreachable server', async () => {
    const { hf, library, make } = await setUp({ retries: 1 })
    hf.host('cliniclab/tiny-GGUF', 'tiny.gguf', adapter)
    hf.host('meta/Gated-GGUF', 'gated.gguf', adapter)
    hf.gate('meta/Gated-GGUF')
    const downloads = make()
    const outcome = async (uri: string): Promise<DownloadView['error']> => (await follow(downloads, downloads.start({ uri }).id)).at(-1)!.error
    const missing = await outcome('hf:cliniclab/tiny-GGUF/missing.gguf')
    expect(missing?.code).toBe('DOWNLOAD_NOT_FOUND')
    expect(missing?.message).toContain(hf.url('cliniclab/tiny-GGUF', 'missing.gguf'))
    const gated = await outcome('hf:meta/Gated-GGUF/gated.gguf')
    expect(gated?.code).toBe('DOWNLOAD_UNAUTHORIZED')
    expect(gated?.message).toMatch(/accept the licence on Hugging Face and set a token/)
    expect((await outcome('hf:cliniclab/tiny-GGUF:Q2_K'))?.code).toBe('DOWNLOAD_NOT_FOUND')

    const offline = await FakeHuggingFace.start()
    const closedEndpoint = offline.endpoint
    await offline.close()
    const unreachable = make({ hfEndpoint: closedEndpoint })
    const started = Date.now()
    const failed = (await follow(unreachable, unreachable.start({ uri: 'hf:cliniclab/tiny-GGUF/tiny.gguf' }).id)).at(-1)!
    expect(failed.error?.code).toBe('DOWNLOAD_FAILED')
    expect(failed.error?.message).toContain('could not be reached')
    expect(Date.now() - started).toBeLessThan(5000)
    expect(await filesIn(library.dir)).toEqual([])
  })

  it('refuses a bad URI at once with DOWNLOAD_URI_INVALID, touching nothing', async () => {
    const { hf, make } = await setUp()
    const downloads = make()
    for (const uri of ['hf:onlyuser', 'hf:user/repo/readme.md', 'ftp://example.org/model.gguf', 'https://example.org/model.bin', 'model.gguf', 'hf:user/repo/model-00001-of-00003.gguf']) {
      expect(() => downloads.start({ uri }), uri).toThrow(expect.objectContaining({ code: 'DOWNLOAD_URI_INVALID' }))
    }
    expect(() => downloads.start({ uri: 'hf:user/repo/model.gguf', sha256: 'abc' })).toThrow(expect.objectContaining({ code: 'DOWNLOAD_URI_INVALID' }))
    expect(downloads.list()).toEqual([])
    expect(hf.requests).toEqual([])
  })

  it('a file that is not a GGUF fails with MODEL_FILE_INVALID and never reaches the models folder', async () => {
    const { hf, library, partialDir, make } = await setUp()
    hf.host('cliniclab/tiny-GGUF', 'page.gguf', Buffer.from('<!doctype html><title>Not a model</title>'.repeat(100)))
    const downloads = make()
    const final = (await follow(downloads, downloads.start({ uri: 'hf:cliniclab/tiny-GGUF/page.gguf' }).id)).at(-1)!
    expect(final.state).toBe('failed')
    expect(final.error?.code).toBe('MODEL_FILE_INVALID')
    expect(final.error?.message).toContain('page.gguf')
    expect(await filesIn(library.dir)).toEqual([])
    expect(await filesIn(partialDir)).toEqual([])
  })

  it('refuses with MODEL_EXISTS when the models folder already has that name, leaving the file alone', async () => {
    const { hf, library, make } = await setUp()
    hf.host('cliniclab/tiny-GGUF', 'taken.gguf', adapter)
    await library.import(join((await tinyModels()).dir, 'tiny-lora-b-v1.gguf'))
    await writeFile(library.path('taken.gguf'), 'mine')
    const downloads = make()
    const final = (await follow(downloads, downloads.start({ uri: 'hf:cliniclab/tiny-GGUF/taken.gguf' }).id)).at(-1)!
    expect(final.error?.code).toBe('MODEL_EXISTS')
    expect(await readFile(library.path('taken.gguf'), 'utf8')).toBe('mine')
  })

  it('downloads beyond `parallel` wait queued; starting a URI under way returns that download', async () => {
    const { hf, make } = await setUp({ parallel: 1 })
    hf.host('cliniclab/tiny-GGUF', 'tiny-qwen3.gguf', model)
    hf.host('cliniclab/tiny-GGUF', 'tiny.gguf', adapter)
    hf.throttle({ chunkBytes: 1 << 20, delayMs: 20 })
    const downloads = make()
    const slow = downloads.start({ uri: 'hf:cliniclab/tiny-GGUF/tiny-qwen3.gguf' })
    const waiting = downloads.start({ uri: 'hf:cliniclab/tiny-GGUF/tiny.gguf' })
    expect([slow.state, waiting.state]).toEqual(['downloading', 'queued'])
    expect(downloads.start({ uri: 'hf:cliniclab/tiny-GGUF/tiny.gguf' }).id).toBe(waiting.id)
    await downloads.cancel(slow.id, { discard: true })
    expect((await follow(downloads, waiting.id)).at(-1)).toMatchObject({ state: 'done', resultId: 'tiny.gguf' })
    expect(downloads.list().map((view) => view.state)).toEqual(['cancelled', 'done'])
  })

  it('dispose stops downloads but keeps their partial files; cancel with discard deletes them', async () => {
    const { hf, partialDir, make } = await setUp()
    hf.host('cliniclab/tiny-GGUF', 'tiny-qwen3.gguf', model)
    hf.throttle({ chunkBytes: 1 << 20, delayMs: 20 })
    const uri = 'hf:cliniclab/tiny-GGUF/tiny-qwen3.gguf'
    const first = make()
    const { id } = first.start({ uri })
    await follow(first, id, (view) => view.downloadedBytes > 4 << 20)
    await first.dispose()
    expect(first.list()[0]?.state).toBe('cancelled')
    expect(() => first.start({ uri })).toThrow(expect.objectContaining({ code: 'DISPOSED' }))
    expect((await filesIn(partialDir)).some((name) => name.endsWith('.part'))).toBe(true)

    const second = make()
    const again = second.start({ uri })
    await follow(second, again.id, (view) => view.resumedFromBytes > 0 && view.downloadedBytes > view.resumedFromBytes)
    expect(await second.cancel(again.id, { discard: true })).toMatchObject({ state: 'cancelled' })
    expect(await filesIn(partialDir)).toEqual([])
    expect(await second.interrupted()).toEqual([])
  })
})
