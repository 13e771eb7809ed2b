import { createHash, type Hash } from 'node:crypto'
import { createReadStream } from 'node:fs'

/** Feeds the first `bytes` of a file into `hash` (a fresh SHA-256 by default) and returns its hex digest so far; streamed, so a large file is never in memory. */
export async function hashFile(file: string, bytes: number, signal?: AbortSignal, hash: Hash = createHash('sha256')): Promise<string> {
  for await (const chunk of createReadStream(file, { end: bytes - 1, signal })) hash.update(chunk as Buffer)
  return hash.copy().digest('hex')
}
