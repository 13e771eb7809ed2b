import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'

/** Keeps an uploaded file on disk for the length of one piece of work, then removes it. */
export async function withUploadedFile<T>(tempRoot: string, file: File, work: (path: string) => T | Promise<T>, extensions: RegExp = /\.(zip|jsonl|json)$/i): Promise<T> {
  const dir = mkdtempSync(join(tempRoot, 'upload-'))
  try {
    // The client's name is reduced to safe characters: its stem names an imported pack, its extension tells the format.
    const extension = extensions.exec(file.name)?.[0]?.toLowerCase() ?? '.zip'
    const stem = basename(file.name, extname(file.name)).replace(/[^a-zA-Z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 60) || 'upload'
    const path = join(dir, `${stem}${extension}`)
    writeFileSync(path, new Uint8Array(await file.arrayBuffer()))
    return await work(path)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
