import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** What a partial file is, written beside it so a later run (even after a restart) can resume it. */
export interface PartialRecord {
  uri: string
  fileName: string
  /** The SHA-256 the finished file must have, when known; a different one from the server means the file changed. */
  expectedSha256: string | null
  totalBytes: number | null
}

/**
 * The folder of unfinished downloads (`<data>/cache/downloads`): `<key>.part`
 * holds the bytes so far and `<key>.json` its record, the key derived from the
 * URI. Deliberately not the models folder, which lists every .gguf in it.
 */
export class DownloadPartials {
  constructor(readonly dir: string) {}

  key(uri: string): string {
    return createHash('sha256').update(uri).digest('hex').slice(0, 24)
  }

  path(key: string): string {
    return join(this.dir, `${key}.part`)
  }

  size(key: string): Promise<number> {
    return stat(this.path(key)).then((info) => info.size, () => 0)
  }

  async read(key: string): Promise<PartialRecord | null> {
    try {
      return JSON.parse(await readFile(join(this.dir, `${key}.json`), 'utf8')) as PartialRecord
    } catch {
      return null
    }
  }

  async write(key: string, record: PartialRecord): Promise<void> {
    await mkdir(this.dir, { recursive: true })
    await writeFile(join(this.dir, `${key}.json`), JSON.stringify(record))
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true })
    await rm(join(this.dir, `${key}.json`), { force: true })
  }

  async list(): Promise<(PartialRecord & { key: string; downloadedBytes: number })[]> {
    const names = await readdir(this.dir).catch(() => [] as string[])
    const found: (PartialRecord & { key: string; downloadedBytes: number })[] = []
    for (const key of names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length))) {
      const record = await this.read(key)
      if (record) found.push({ ...record, key, downloadedBytes: await this.size(key) })
    }
    return found
  }
}
