import { createHash } from 'node:crypto'

/** sha256 over each case file's path and bytes, in manifest order. */
export function packChecksum(files: { path: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(`${file.path}\n`)
    hash.update(file.bytes)
    hash.update('\n')
  }
  return `sha256:${hash.digest('hex')}`
}
