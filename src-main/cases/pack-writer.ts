import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import type { CaseInput } from './case-schema'
import { packChecksum } from './pack-checksum'
import { packFormat, type PackManifest } from './pack-manifest'

export type ManifestDraft = Omit<PackManifest, 'format' | 'formatVersion' | 'cases' | 'checksum'>

/** The files of a pack (manifest last, with the checksum over the cases). */
export function packFileContents(draft: ManifestDraft, cases: CaseInput[]): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>()
  for (const item of cases) files.set(`cases/${item.id}.json`, strToU8(`${JSON.stringify(item, null, 2)}\n`))
  const paths = [...files.keys()]
  const manifest: PackManifest = {
    format: packFormat,
    formatVersion: 1,
    ...draft,
    cases: paths,
    checksum: packChecksum(paths.map((path) => ({ path, bytes: files.get(path)! })))
  }
  files.set('manifest.json', strToU8(`${JSON.stringify(manifest, null, 2)}\n`))
  return files
}

export function writePackFolder(dir: string, files: Map<string, Uint8Array>): void {
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), bytes)
  }
}

export function writePackZip(file: string, files: Map<string, Uint8Array>): void {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, zipSync(Object.fromEntries(files), { level: 6 }))
}

/** Recomputes a folder pack's checksum after its author edited the case files. */
export function updateFolderChecksum(dir: string): { before: string; after: string } {
  const manifestFile = join(dir, 'manifest.json')
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as PackManifest
  const after = packChecksum(manifest.cases.map((path) => ({ path, bytes: readFileSync(join(dir, path)) })))
  const before = manifest.checksum
  writeFileSync(manifestFile, `${JSON.stringify({ ...manifest, checksum: after }, null, 2)}\n`)
  return { before, after }
}
