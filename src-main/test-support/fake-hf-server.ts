/**
 * A STAND-IN FOR HUGGING FACE, not Hugging Face: tests must never touch the
 * network, so the download manager is pointed at this local server, which
 * answers the few requests a GGUF download makes the way huggingface.co does:
 *   GET|HEAD /{user}/{repo}/resolve/main/{file}   the file, with content-length,
 *        accept-ranges: bytes, x-linked-etag (its sha256, as HF sends for LFS
 *        files) and Range support (206); 404 for an unknown file, 401 for a
 *        gated repo; optionally a 302 to a "CDN" path first, as HF does
 *   GET /v2/{user}/{repo}/manifests/{tag}         {ggufFile: {rfilename, size}}
 *        for `hf:user/repo:QUANT` (the file whose name contains the tag)
 * It can throttle, drop the connection once after N bytes, and records what
 * it served so tests can assert on resumes.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

interface HostedFile {
  content: Buffer
  linkedEtag: string | null
}

export class FakeHuggingFace {
  readonly #files = new Map<string, HostedFile>()
  readonly #gated = new Set<string>()
  /** Bytes of file content written to clients, over every response. */
  bytesServed = 0
  /** The Range header of every file request (null when it had none), in order. */
  readonly ranges: (string | null)[] = []
  /** `METHOD /path` of every request, in order. */
  readonly requests: string[] = []
  /** Answer `resolve` with a 302 to a CDN path (HF does this for LFS files; the x-linked-etag is on the 302). */
  cdnRedirect = false
  #throttle: { chunkBytes: number; delayMs: number } | null = null
  #dropAfter: number | null = null

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeHuggingFace> {
    const server = createServer()
    const fake = new FakeHuggingFace(server)
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      fake.#handle(request, response).catch(() => response.destroy())
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return fake
  }

  /** What to pass as the Hugging Face endpoint (ends with a slash, like https://huggingface.co/). */
  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`
  }

  /** The download URL of a hosted file, as huggingface.co spells it. */
  url(repo: string, file: string): string {
    return `${this.endpoint}${repo}/resolve/main/${file}`
  }

  /** Hosts a file; `linkedEtag` overrides the x-linked-etag header (null: send none). Returns its real sha256. */
  host(repo: string, file: string, content: Buffer, options: { linkedEtag?: string | null } = {}): string {
    const sha256 = createHash('sha256').update(content).digest('hex')
    this.#files.set(`${repo}/${file}`, { content, linkedEtag: options.linkedEtag === undefined ? sha256 : options.linkedEtag })
    return sha256
  }

  /** A gated repo answers 401 until the licence is accepted, as HF does without a token. */
  gate(repo: string): void {
    this.#gated.add(repo)
  }

  /** Sends files in slices of `chunkBytes` with `delayMs` between them; null for full speed. */
  throttle(throttle: { chunkBytes: number; delayMs: number } | null): void {
    this.#throttle = throttle
  }

  /** Destroys the connection of the next file response after it has sent `bytes` bytes, once. */
  dropOnceAfter(bytes: number): void {
    this.#dropAfter = bytes
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]!)
    this.requests.push(`${request.method} ${path}`)
    const manifest = /^\/v2\/([^/]+\/[^/]+)\/manifests\/([^/]+)$/.exec(path)
    if (manifest) return this.#manifest(manifest[1]!, manifest[2]!, response)
    const file = /^\/(?:cdn\/)?([^/]+\/[^/]+)\/resolve\/main\/(.+)$/.exec(path)
    if (!file) return void response.writeHead(404, { 'x-error-code': 'EntryNotFound' }).end('Entry not found')
    const [repo, name] = [file[1]!, file[2]!]
    if (this.#gated.has(repo)) return void response.writeHead(401, { 'x-error-code': 'GatedRepo' }).end(`Access to model ${repo} is restricted.`)
    const hosted = this.#files.get(`${repo}/${name}`)
    if (!hosted) return void response.writeHead(404, { 'x-error-code': 'EntryNotFound' }).end('Entry not found')
    const linked: Record<string, string> = hosted.linkedEtag === null ? {} : { 'x-linked-etag': `"${hosted.linkedEtag}"`, 'x-linked-size': String(hosted.content.length) }
    if (this.cdnRedirect && !path.startsWith('/cdn/')) return void response.writeHead(302, { location: `/cdn${path}`, ...linked }).end()
    await this.#send(request, response, hosted, path.startsWith('/cdn/') ? {} : linked)
  }

  #manifest(repo: string, tag: string, response: ServerResponse): void {
    if (this.#gated.has(repo)) return void response.writeHead(401).end()
    const names = [...this.#files.keys()].filter((key) => key.startsWith(`${repo}/`)).map((key) => key.slice(repo.length + 1))
    if (names.length === 0) return void response.writeHead(404).end()
    const rfilename = names.find((name) => name.toLowerCase().endsWith('.gguf') && (tag === 'latest' || name.toLowerCase().includes(tag.toLowerCase())))
    if (!rfilename) return void response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `no GGUF file for tag ${tag}` }))
    const size = this.#files.get(`${repo}/${rfilename}`)!.content.length
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ggufFile: { rfilename, size } }))
  }

  async #send(request: IncomingMessage, response: ServerResponse, hosted: HostedFile, headers: Record<string, string>): Promise<void> {
    const total = hosted.content.length
    const range = request.headers.range ?? null
    if (request.method === 'GET') this.ranges.push(range)
    let [start, end] = [0, total - 1]
    const asked = range ? /^bytes=(\d+)-(\d*)$/.exec(range) : null
    if (range && !asked) return void response.writeHead(416, { 'content-range': `bytes */${total}` }).end()
    if (asked) {
      start = Number(asked[1])
      end = asked[2] ? Math.min(Number(asked[2]), total - 1) : total - 1
      if (start >= total || start > end) return void response.writeHead(416, { 'content-range': `bytes */${total}` }).end()
    }
    response.writeHead(asked ? 206 : 200, {
      ...headers,
      'content-type': 'application/octet-stream',
      'content-length': String(end - start + 1),
      'accept-ranges': 'bytes',
      ...(asked ? { 'content-range': `bytes ${start}-${end}/${total}` } : {})
    })
    if (request.method === 'HEAD') return void response.end()
    const dropAfter = this.#dropAfter
    this.#dropAfter = null
    const slice = this.#throttle?.chunkBytes ?? 1 << 20
    let sent = 0
    for (let offset = start; offset <= end && !response.destroyed; offset += slice) {
      let piece = hosted.content.subarray(offset, Math.min(offset + slice, end + 1))
      if (dropAfter !== null && sent + piece.length >= dropAfter) {
        piece = piece.subarray(0, dropAfter - sent)
        this.bytesServed += piece.length
        response.write(piece, () => response.socket?.destroy())
        return
      }
      this.bytesServed += piece.length
      sent += piece.length
      if (!response.write(piece)) await drainedOrClosed(response)
      if (this.#throttle) await sleep(this.#throttle.delayMs)
    }
    response.end()
  }
}

function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      response.off('drain', done).off('close', done)
      resolve()
    }
    response.on('drain', done).on('close', done)
  })
}
