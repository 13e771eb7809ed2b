import { createHash, type Hash } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { createWriteStream } from 'node:fs'
import { copyFile, link, mkdir, rename, rm, stat } from 'node:fs/promises'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { setTimeout as sleep } from 'node:timers/promises'
import { AppError, describeCause, DisposedError } from '../core/errors'
import { watchStream } from '../core/watch-stream'
import { DownloadClient, DownloadFailedError, DownloadUriInvalidError, refuseStatus, sha256Pattern, stallGuard, type DownloadSource, type StallGuard } from './download-client'
import { hashFile } from '../core/hash-file'
import { DownloadPartials } from './download-partials'
import { inspectGguf, ModelFileInvalidError } from './gguf-info'
import { ModelExistsError, type ModelLibrary } from './model-library'

export { DownloadFailedError, DownloadNotFoundError, DownloadUnauthorizedError, DownloadUriInvalidError } from './download-client'

/*
 * Why not node-llama-cpp's createModelDownloader (ipull)? Probed against the
 * local Hugging Face stand-in: it does resume and cancel, but (1) a refused
 * or dropped connection is retried up to 150 times with backoff (minutes)
 * and createModelDownloader offers no way to lower that, so "network down"
 * never becomes a prompt error; (2) it hides the response headers, so the
 * x-linked-etag checksum would need a request of its own; (3) its size probe
 * is an unbounded GET whose body it never reads, and it resumes from 5 MB
 * chunk boundaries over parallel connections. A single streamed GET with a
 * Range header gives resume, cancel, progress, a streaming SHA-256 and
 * clear errors in far fewer moving parts.
 */

export type DownloadState = 'queued' | 'downloading' | 'verifying' | 'done' | 'failed' | 'cancelled'

export interface DownloadView {
  id: string
  /** The URI as the user gave it. */
  uri: string
  /** The name the file will have in the models folder (for `hf:user/repo:QUANT`, known once resolved). */
  fileName: string
  state: DownloadState
  downloadedBytes: number
  /** Null while unknown (the server sent no length). */
  totalBytes: number | null
  /** Bytes that came from an earlier partial file instead of the network. */
  resumedFromBytes: number
  bytesPerSecond: number
  /** The file's SHA-256 once downloaded. */
  sha256: string | null
  /** Whether that SHA-256 matched a known one (the caller's, or Hugging Face's); false means "not verified". */
  verified: boolean
  error: { code: string; message: string } | null
  /** The library id (file name in the models folder) once done. */
  resultId: string | null
}

export interface ModelDownloadsOptions {
  library: ModelLibrary
  /** Where partial files wait (`<data>/cache/downloads`): never the models folder, which lists every .gguf. */
  partialDir: string
  /** Default https://huggingface.co/ */
  hfEndpoint?: string
  /** Sent as a bearer token to the Hugging Face endpoint only (gated repos). */
  hfToken?: string
  /** Automatic resumes after a dropped connection or a 5xx, before the download fails (default 3; reset whenever bytes arrive). */
  retries?: number
  /** Wait before the first automatic resume, doubled each time (default 2000). */
  retryDelayMs?: number
  /** A connection that sends nothing for this long counts as dropped (default 60 000). */
  stallTimeoutMs?: number
  /** Downloads running at once; the rest stay queued (default 2). */
  parallel?: number
}

export interface InterruptedDownload {
  uri: string
  fileName: string
  downloadedBytes: number
  totalBytes: number | null
}

export class DownloadChecksumMismatchError extends AppError<{ fileName: string; expected: string; actual: string }> {
  constructor(fileName: string, expected: string, actual: string) {
    super('DOWNLOAD_CHECKSUM_MISMATCH', `${fileName} arrived damaged or changed: its SHA-256 is ${actual}, expected ${expected}. It was deleted; download it again.`, { fileName, expected, actual })
  }
}

export class DownloadUnknownError extends AppError<{ id: string }> {
  constructor(id: string) {
    super('DOWNLOAD_UNKNOWN', `No download with id ${id}.`, { id })
  }
}

interface Job {
  view: DownloadView
  source: DownloadSource
  expectedSha256: string | null
  key: string
  abort: AbortController
  discard: boolean
  settled: Promise<void> | null
  samples: { at: number; bytes: number }[]
  lastEmit: number
}

const terminal = new Set<DownloadState>(['done', 'failed', 'cancelled'])

/**
 * Downloads GGUF files into the models folder. Starting a download is an
 * explicit user action and the only time ClinicLab reaches the network on its
 * own: nothing here runs until `start` is called. Bytes land in a partial file
 * under `partialDir` (kept on cancel or failure, so a later start of the same
 * URI — even after a restart — resumes with a Range request), are hashed while
 * they stream, checked against the expected SHA-256 and as GGUF, and only
 * then linked into the models folder, so a half file is never listed there.
 */
export class ModelDownloads implements AsyncDisposable {
  readonly #jobs = new Map<string, Job>()
  readonly #events = new EventEmitter()
  readonly #client: DownloadClient
  readonly #partials: DownloadPartials
  #running = 0
  #nextId = 1
  #disposed = false

  constructor(private readonly options: ModelDownloadsOptions) {
    this.#client = new DownloadClient(options.hfEndpoint ?? 'https://huggingface.co/', options.hfToken)
    this.#partials = new DownloadPartials(options.partialDir)
  }

  list(): DownloadView[] {
    return [...this.#jobs.values()].map((job) => ({ ...job.view, error: job.view.error && { ...job.view.error } }))
  }

  /** Live list: the current one at once, then after every change (progress at most ten times a second), until the signal aborts. */
  watch(signal?: AbortSignal): AsyncGenerator<DownloadView[]> {
    return watchStream(this.#events, () => this.list(), signal)
  }

  /**
   * Queues a download and returns at once; it runs in the background. A bad URI
   * throws DOWNLOAD_URI_INVALID here. Starting a URI that is already under way
   * returns that download.
   */
  start(input: { uri: string; sha256?: string }): DownloadView {
    if (this.#disposed) throw new DisposedError('The model downloads')
    const uri = input.uri.trim()
    const { source, fileName } = this.#client.parse(uri)
    const expectedSha256 = input.sha256?.trim().toLowerCase() || null
    if (expectedSha256 !== null && !sha256Pattern.test(expectedSha256)) throw new DownloadUriInvalidError(uri, 'the expected SHA-256 must be 64 hexadecimal characters')
    const running = [...this.#jobs.values()].find((job) => job.view.uri === uri && !terminal.has(job.view.state))
    if (running) return { ...running.view }
    for (const [id, job] of this.#jobs) if (job.view.uri === uri) this.#jobs.delete(id)
    const id = `download-${this.#nextId++}`
    const job: Job = {
      view: { id, uri, fileName, state: 'queued', downloadedBytes: 0, totalBytes: null, resumedFromBytes: 0, bytesPerSecond: 0, sha256: null, verified: false, error: null, resultId: null },
      source,
      expectedSha256,
      key: this.#partials.key(uri),
      abort: new AbortController(),
      discard: false,
      settled: null,
      samples: [],
      lastEmit: 0
    }
    this.#jobs.set(id, job)
    this.#emit()
    this.#pump()
    return { ...job.view }
  }

  /** Stops a download, keeping its partial file for a later resume unless `discard`; resolves once it has stopped. */
  async cancel(id: string, options: { discard?: boolean } = {}): Promise<DownloadView> {
    const job = this.#jobs.get(id)
    if (!job) throw new DownloadUnknownError(id)
    job.discard = options.discard ?? false
    if (job.view.state === 'queued') this.#finish(job, { state: 'cancelled' })
    else if (!terminal.has(job.view.state)) job.abort.abort()
    await job.settled
    if (job.discard && job.view.state !== 'done') await this.#partials.remove(job.key)
    return { ...job.view }
  }

  /** Partial files left by earlier runs (cancelled, failed or cut off by a quit) that a start of the same URI resumes. */
  async interrupted(): Promise<InterruptedDownload[]> {
    const active = new Set([...this.#jobs.values()].filter((job) => !terminal.has(job.view.state)).map((job) => job.key))
    return (await this.#partials.list()).filter((partial) => !active.has(partial.key)).map(({ uri, fileName, downloadedBytes, totalBytes }) => ({ uri, fileName, downloadedBytes, totalBytes }))
  }

  /** Stops every download, keeping partial files so the next run resumes them. */
  async dispose(): Promise<void> {
    this.#disposed = true
    for (const job of this.#jobs.values()) {
      if (job.view.state === 'queued') this.#finish(job, { state: 'cancelled' })
      else job.abort.abort()
    }
    await Promise.all([...this.#jobs.values()].map((job) => job.settled))
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.dispose()
  }

  #pump(): void {
    const limit = Math.max(1, this.options.parallel ?? 2)
    for (const job of this.#jobs.values()) {
      if (this.#running >= limit) return
      if (job.view.state !== 'queued' || job.settled) continue
      this.#running++
      job.settled = this.#run(job).finally(() => {
        this.#running--
        this.#pump()
      })
    }
  }

  async #run(job: Job): Promise<void> {
    const signal = job.abort.signal
    try {
      this.#update(job, { state: 'downloading' }, true)
      const url = job.source.kind === 'url' ? job.source.url : await this.#resolveTag(job, job.source, signal)
      await this.#refuseExisting(job.view.fileName)
      const { sha256, expected } = await this.#transfer(job, url, signal)
      this.#update(job, { state: 'verifying', sha256, verified: expected === sha256, bytesPerSecond: 0 }, true)
      const partial = this.#partials.path(job.key)
      if (expected !== null && expected !== sha256) {
        await this.#partials.remove(job.key)
        throw new DownloadChecksumMismatchError(job.view.fileName, expected, sha256)
      }
      try {
        await inspectGguf(partial)
      } catch (error) {
        await this.#partials.remove(job.key)
        if (error instanceof ModelFileInvalidError) throw new ModelFileInvalidError(job.view.fileName, error.data.problem, error)
        throw error
      }
      await this.#moveIntoLibrary(partial, job.view.fileName)
      await this.#partials.remove(job.key)
      this.#finish(job, { state: 'done', resultId: job.view.fileName })
    } catch (error) {
      if (signal.aborted && job.view.state === 'downloading') {
        if (job.discard) await this.#partials.remove(job.key)
        this.#finish(job, { state: 'cancelled' })
      } else {
        const known = error instanceof AppError ? error : new DownloadFailedError(job.view.uri, describeCause(error), { cause: error })
        this.#finish(job, { state: 'failed', error: { code: known.code, message: known.message } })
      }
    }
  }

  async #resolveTag(job: Job, source: { repo: string; tag: string }, signal: AbortSignal): Promise<string> {
    const { url, fileName } = await this.#client.resolveTag(source, AbortSignal.any([signal, AbortSignal.timeout(this.options.stallTimeoutMs ?? 60_000)]))
    this.#update(job, { fileName }, true)
    return url
  }

  /** Fetches into the partial file, resuming it and retrying transient failures; returns the whole file's SHA-256. */
  async #transfer(job: Job, url: string, signal: AbortSignal): Promise<{ sha256: string; expected: string | null }> {
    const retries = this.options.retries ?? 3
    let failures = 0
    for (;;) {
      const before = job.view.downloadedBytes
      try {
        return await this.#attempt(job, url, signal)
      } catch (error) {
        if (signal.aborted || !(error instanceof DownloadFailedError) || !error.transient) throw error
        if (job.view.downloadedBytes > before) failures = 0
        if (++failures > retries) throw error
        this.#update(job, { bytesPerSecond: 0 }, true)
        await sleep((this.options.retryDelayMs ?? 2000) * 2 ** (failures - 1), undefined, { signal })
      }
    }
  }

  async #attempt(job: Job, url: string, signal: AbortSignal): Promise<{ sha256: string; expected: string | null }> {
    const partial = this.#partials.path(job.key)
    const record = await this.#partials.read(job.key)
    let offset = record?.uri === job.view.uri ? await this.#partials.size(job.key) : 0
    if (offset > 0 && offset === record?.totalBytes) {
      // Fully downloaded before a quit or a failed check: verify it again without asking the server.
      this.#update(job, { downloadedBytes: offset, resumedFromBytes: offset, totalBytes: offset }, true)
      return { sha256: await hashFile(partial, offset, signal), expected: job.expectedSha256 ?? record.expectedSha256 }
    }
    for (;;) {
      const stall = stallGuard(this.options.stallTimeoutMs ?? 60_000)
      const attemptSignal = AbortSignal.any([signal, stall.signal])
      const { response, linkedSha256 } = await this.#client.get(url, offset, attemptSignal).finally(() => stall.pause())
      const expected = job.expectedSha256 ?? linkedSha256
      if (response.status === 416 && offset > 0) {
        offset = await this.#startOver(job.key, response)
        continue
      }
      refuseStatus(response, url)
      const range = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers.get('content-range') ?? '')
      const length = Number(response.headers.get('content-length') ?? Number.NaN)
      const total = range ? (range[2] === '*' ? null : Number(range[2])) : Number.isFinite(length) ? length : null
      if (offset > 0 && response.status === 206) {
        // The remote file changed since the partial was written: its bytes cannot be mixed with the new ones.
        const changed = Number(range?.[1]) !== offset || (record?.expectedSha256 != null && expected !== null && record.expectedSha256 !== expected) || (record?.totalBytes != null && total !== null && record.totalBytes !== total)
        if (changed) {
          offset = await this.#startOver(job.key, response)
          continue
        }
      } else offset = 0 // a 200 to a Range request: the server sends everything, so write it from the start
      await this.#partials.write(job.key, { uri: job.view.uri, fileName: job.view.fileName, expectedSha256: expected, totalBytes: total })
      const hash = createHash('sha256')
      if (offset > 0) await hashFile(partial, offset, signal, hash)
      this.#update(job, { downloadedBytes: offset, resumedFromBytes: offset, totalBytes: total }, true)
      job.samples = []
      await this.#stream(job, response, hash, partial, offset, stall, attemptSignal, url)
      if (total !== null && job.view.downloadedBytes !== total) throw new DownloadFailedError(url, `the connection closed after ${job.view.downloadedBytes} of ${total} bytes`, { transient: true })
      return { sha256: hash.digest('hex'), expected }
    }
  }

  async #stream(job: Job, response: Response, hash: Hash, partial: string, offset: number, stall: StallGuard, signal: AbortSignal, url: string): Promise<void> {
    const counter = new Transform({
      transform: (chunk: Buffer, _encoding, callback) => {
        stall.poke()
        hash.update(chunk)
        this.#update(job, { downloadedBytes: job.view.downloadedBytes + chunk.length }, false)
        callback(null, chunk)
      }
    })
    const file = createWriteStream(partial, { flags: offset > 0 ? 'a' : 'w' })
    stall.poke()
    try {
      await pipeline(response.body ? Readable.fromWeb(response.body as WebReadableStream) : Readable.from([]), counter, file, { signal })
    } catch (error) {
      if (job.abort.signal.aborted) throw error
      const disk = (error as NodeJS.ErrnoException).syscall !== undefined && (error as NodeJS.ErrnoException).path !== undefined
      if (disk) throw new DownloadFailedError(url, `the partial file could not be written (${describeCause(error)})`, { cause: error })
      const reason = stall.stalled() ? describeCause(stall.signal.reason) : `the connection broke (${describeCause((error as Error).cause ?? error)})`
      throw new DownloadFailedError(url, reason, { cause: error, transient: true })
    } finally {
      stall.pause()
      // Wait for the file to close, so a resume never appends while late writes land.
      if (!file.closed) await new Promise<void>((resolve) => file.once('close', () => resolve()))
    }
  }

  async #startOver(key: string, response: Response): Promise<number> {
    await response.body?.cancel()
    await this.#partials.remove(key)
    return 0
  }

  async #refuseExisting(fileName: string): Promise<void> {
    const exists = await stat(this.options.library.path(fileName)).then(() => true, () => false)
    if (exists) throw new ModelExistsError(fileName)
  }

  /** Hard-links the verified file in: atomic, and it refuses to replace a file of that name, which rename would not. */
  async #moveIntoLibrary(partial: string, fileName: string): Promise<void> {
    await mkdir(this.options.library.dir, { recursive: true })
    const target = this.options.library.path(fileName)
    try {
      await link(partial, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ModelExistsError(fileName)
      // Another file system, or one without hard links: copy under a name the library does not list, then rename.
      const staging = `${target}.incoming`
      await copyFile(partial, staging)
      if (await stat(target).then(() => true, () => false)) {
        await rm(staging, { force: true })
        throw new ModelExistsError(fileName)
      }
      await rename(staging, target)
    }
  }

  #finish(job: Job, change: Partial<DownloadView>): void {
    this.#update(job, { ...change, bytesPerSecond: 0 }, true)
  }

  #update(job: Job, change: Partial<DownloadView>, force: boolean): void {
    Object.assign(job.view, change)
    const now = Date.now()
    if (!force && now - job.lastEmit < 100) return
    job.lastEmit = now
    if (job.view.state === 'downloading') {
      // Speed over the last few seconds, so one slow chunk does not swing it.
      job.samples.push({ at: now, bytes: job.view.downloadedBytes })
      while (job.samples.length > 2 && now - job.samples[0]!.at > 3000) job.samples.shift()
      const [first, last] = [job.samples[0]!, job.samples.at(-1)!]
      if (last.at > first.at) job.view.bytesPerSecond = Math.round(((last.bytes - first.bytes) * 1000) / (last.at - first.at))
    }
    this.#emit()
  }

  #emit(): void {
    this.#events.emit('change', this.list())
  }
}
