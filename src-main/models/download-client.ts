import { AppError, describeCause } from '../core/errors'

/**
 * The HTTP side of model downloads: what a download URI means, which file a
 * Hugging Face quantization tag picks, the GET itself (redirects followed by
 * hand, to see Hugging Face's checksum header), and the errors all of that
 * raises. It opens connections only when the download manager asks.
 */

export class DownloadUriInvalidError extends AppError<{ uri: string; reason: string }> {
  constructor(uri: string, reason: string) {
    super('DOWNLOAD_URI_INVALID', `Cannot download "${uri}": ${reason}. Use hf:user/repo/file.gguf, hf:user/repo:Q4_K_M or an https:// link to a .gguf file.`, { uri, reason })
  }
}

export class DownloadNotFoundError extends AppError<{ url: string }> {
  constructor(url: string, what = 'file') {
    super('DOWNLOAD_NOT_FOUND', `The server has no such ${what}: ${url} (404). Check the repository and file name.`, { url })
  }
}

export class DownloadUnauthorizedError extends AppError<{ url: string; status: number }> {
  constructor(url: string, status: number) {
    super(
      'DOWNLOAD_UNAUTHORIZED',
      `Access to ${url} was refused (${status}). The repository is gated or private: accept the licence on Hugging Face and set a token (or check that it exists).`,
      { url, status }
    )
  }
}

export class DownloadFailedError extends AppError<{ url: string; reason: string }> {
  /** A dropped connection or a server hiccup, worth resuming automatically; not a disk error or a refusal. */
  readonly transient: boolean

  constructor(url: string, reason: string, options: { cause?: unknown; transient?: boolean } = {}) {
    super('DOWNLOAD_FAILED', `Downloading ${url} failed: ${reason}. Start it again to resume where it stopped.`, { url, reason }, { cause: options.cause })
    this.transient = options.transient ?? false
  }
}

/** The reason to abort a request whose server has gone quiet (as opposed to the user cancelling). */
export class StalledError extends Error {}

export interface StallGuard {
  signal: AbortSignal
  poke(): void
  pause(): void
  stalled(): boolean
}

/** Aborts an attempt whose server goes quiet for `stallMs`; `poke` on every chunk, `pause` between phases. */
export function stallGuard(stallMs: number): StallGuard {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const poke = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => controller.abort(new StalledError(`no data arrived for ${Math.round(stallMs / 1000)} s`)), stallMs)
  }
  poke()
  return { signal: controller.signal, poke, pause: () => clearTimeout(timer), stalled: () => controller.signal.aborted }
}

/** Where the bytes come from: a direct URL, or a Hugging Face repo whose file a quantization tag picks. */
export type DownloadSource = { kind: 'url'; url: string } | { kind: 'hf-tag'; repo: string; tag: string }

export const sha256Pattern = /^[0-9a-f]{64}$/

export class DownloadClient {
  readonly endpoint: string

  /** `token` goes to the Hugging Face endpoint only, never to a CDN it redirects to or another host. */
  constructor(endpoint: string, private readonly token?: string) {
    this.endpoint = new URL(endpoint).href.replace(/\/?$/, '/')
  }

  /** Reads a download URI without touching the network; throws DOWNLOAD_URI_INVALID. */
  parse(uri: string): { source: DownloadSource; fileName: string } {
    const invalid = (reason: string): never => {
      throw new DownloadUriInvalidError(uri, reason)
    }
    let url: URL
    if (/^hf:/i.test(uri)) {
      const [path = '', branch = 'main'] = uri.slice(3).replace(/^\/+/, '').split('#')
      const [user, repoAndTag, ...file] = path.split('/')
      if (!user || !repoAndTag) return invalid('a Hugging Face URI names a user and a repository')
      if (file.length === 0) {
        const [repo, tag = 'latest'] = repoAndTag.split(':')
        if (!repo || !/^[\w.-]+$/.test(tag)) invalid('the quantization after ":" is missing or malformed')
        return { source: { kind: 'hf-tag', repo: `${user}/${repo}`, tag }, fileName: `${repo}:${tag}` }
      }
      url = new URL(`${this.endpoint}${[user, repoAndTag].map(encodeURIComponent).join('/')}/resolve/${encodeURIComponent(branch)}/${file.map(encodeURIComponent).join('/')}`)
    } else {
      try {
        url = new URL(uri)
      } catch {
        return invalid('it is neither an hf: URI nor a web address')
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') invalid(`${url.protocol} links are not supported`)
      // A pasted Hugging Face page link (…/blob/main/x.gguf) means the file itself (…/resolve/main/x.gguf).
      if (this.#isHf(url.href)) url.pathname = url.pathname.replace(/^(\/[^/]+\/[^/]+)\/blob\//, '$1/resolve/')
    }
    const fileName = decodeURIComponent(url.pathname.split('/').pop() ?? '')
    if (!/\.gguf$/i.test(fileName) || /[\\/:]/.test(fileName) || fileName.startsWith('.')) invalid('it does not point to a .gguf file')
    if (/-\d{5}-of-\d{5}\.gguf$/i.test(fileName)) invalid('split GGUF files (-00001-of-0000N) are not supported yet; pick a single-file quantization')
    return { source: { kind: 'url', url: url.href }, fileName }
  }

  /** `hf:user/repo:QUANT`: asks the Hugging Face manifest API (as llama.cpp does) which file that tag means. */
  async resolveTag(source: { repo: string; tag: string }, signal: AbortSignal): Promise<{ url: string; fileName: string }> {
    const manifest = `${this.endpoint}v2/${source.repo.split('/').map(encodeURIComponent).join('/')}/manifests/${encodeURIComponent(source.tag)}`
    const response = await this.#fetch(manifest, { 'user-agent': 'llama-cpp', accept: 'application/json' }, signal)
    if (response.status === 400 || response.status === 404) throw new DownloadNotFoundError(`hf:${source.repo}:${source.tag}`, 'quantization in that repository')
    refuseStatus(response, manifest)
    const body = (await response.json().catch(() => null)) as { ggufFile?: { rfilename?: unknown } } | null
    const rfilename = body?.ggufFile?.rfilename
    if (typeof rfilename !== 'string') throw new DownloadFailedError(manifest, 'Hugging Face named no GGUF file for that tag')
    const { source: resolved, fileName } = this.parse(`hf:${source.repo}/${rfilename}`)
    return { url: (resolved as { url: string }).url, fileName }
  }

  /**
   * GETs the file from `offset` on. Redirects are followed by hand because
   * Hugging Face puts the file's SHA-256 (x-linked-etag) on its 302 to the
   * CDN, which an automatic redirect would hide.
   */
  async get(url: string, offset: number, signal: AbortSignal): Promise<{ response: Response; linkedSha256: string | null }> {
    let current = url
    let linkedSha256: string | null = null
    for (let hop = 0; hop < 10; hop++) {
      const response = await this.#fetch(current, { 'accept-encoding': 'identity', ...(offset > 0 ? { range: `bytes=${offset}-` } : {}) }, signal)
      linkedSha256 ??= shaFromEtag(response.headers.get('x-linked-etag')) ?? (this.#isHf(current) ? shaFromEtag(response.headers.get('etag')) : null)
      const location = response.headers.get('location')
      if (response.status < 300 || response.status >= 400 || !location) return { response, linkedSha256 }
      await response.body?.cancel()
      current = new URL(location, current).href
    }
    throw new DownloadFailedError(url, 'too many redirects')
  }

  #isHf(url: string): boolean {
    return new URL(url).origin === new URL(this.endpoint).origin
  }

  async #fetch(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
    const token: Record<string, string> = this.token && this.#isHf(url) ? { authorization: `Bearer ${this.token}` } : {}
    try {
      return await fetch(url, { headers: { ...headers, ...token }, redirect: 'manual', signal })
    } catch (error) {
      const quiet = signal.reason instanceof StalledError || (signal.reason as Error | undefined)?.name === 'TimeoutError'
      if (signal.aborted && !quiet) throw error
      const reason = signal.aborted ? 'the server did not answer in time' : `the server could not be reached (${describeCause((error as Error).cause ?? error)})`
      throw new DownloadFailedError(url, reason, { cause: error, transient: true })
    }
  }
}

/** Turns a refusal into the error that names it: 404 not found, 401/403 gated, 5xx/429 worth retrying. */
export function refuseStatus(response: Response, url: string): void {
  if (response.ok) return
  void response.body?.cancel()
  if (response.status === 404) throw new DownloadNotFoundError(url)
  if (response.status === 401 || response.status === 403) throw new DownloadUnauthorizedError(url, response.status)
  const transient = response.status >= 500 || response.status === 429
  throw new DownloadFailedError(url, `the server answered ${response.status} ${response.statusText}`.trim(), { transient })
}

/** Hugging Face's ETag for an LFS file is its SHA-256 (quoted, sometimes weak); anything else says nothing about the content. */
function shaFromEtag(etag: string | null): string | null {
  const value = etag?.replace(/^W\//, '').replace(/"/g, '').trim().toLowerCase() ?? ''
  return sha256Pattern.test(value) ? value : null
}
