import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix, relative, sep } from 'node:path'
import { unzipSync } from 'fflate'
import type { PackProblem } from '../core/errors'

/** Limits that keep a hostile or broken pack from exhausting memory. */
export const packLimits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
  maxFiles: 2000
}

export interface PackFiles {
  files: Map<string, Uint8Array>
  problems: PackProblem[]
}

/** Reads a pack folder or `.zip` into memory, refusing escapes, oversized files and too many files. */
export function readPackFiles(source: string): PackFiles {
  const stat = statSync(source, { throwIfNoEntry: false })
  if (!stat) return { files: new Map(), problems: [{ file: source, path: '$', message: 'no such file or folder' }] }
  return stat.isDirectory() ? readFolder(source) : readZip(source, stat.size)
}

function readFolder(root: string): PackFiles {
  const files = new Map<string, Uint8Array>()
  const problems: PackProblem[] = []
  let total = 0
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      const path = relative(root, full).split(sep).join('/')
      if (entry.name.startsWith('.')) continue
      if (lstatSync(full).isSymbolicLink()) {
        problems.push({ file: path, path: '$', message: 'symbolic links are not allowed in a pack' })
      } else if (entry.isDirectory()) {
        walk(full)
      } else if (entry.isFile()) {
        const size = statSync(full).size
        if (!admit(path, size)) continue
        files.set(path, readFileSync(full))
      }
    }
  }
  const admit = (path: string, size: number): boolean => {
    total += size
    if (files.size >= packLimits.maxFiles) {
      problems.push({ file: path, path: '$', message: `the pack has more than ${packLimits.maxFiles} files` })
      return false
    }
    if (size > packLimits.maxFileBytes) {
      problems.push({ file: path, path: '$', message: `file is ${formatBytes(size)}, over the ${formatBytes(packLimits.maxFileBytes)} limit` })
      return false
    }
    if (total > packLimits.maxTotalBytes) {
      problems.push({ file: path, path: '$', message: `the pack is over the ${formatBytes(packLimits.maxTotalBytes)} limit` })
      return false
    }
    return true
  }
  walk(root)
  return { files, problems }
}

function readZip(file: string, size: number): PackFiles {
  const problems: PackProblem[] = []
  if (size > packLimits.maxTotalBytes) return { files: new Map(), problems: [{ file, path: '$', message: `archive is over the ${formatBytes(packLimits.maxTotalBytes)} limit` }] }
  let declaredTotal = 0
  let count = 0
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(readFileSync(file), {
      // Sizes are checked from the central directory before anything is inflated.
      filter: (entry) => {
        if (entry.name.endsWith('/')) return false
        const name = entry.name
        if (!isSafeEntryName(name)) {
          problems.push({ file: name, path: '$', message: 'zip entry escapes the pack folder (absolute path or "..")' })
          return false
        }
        count++
        declaredTotal += entry.originalSize
        if (count > packLimits.maxFiles) {
          if (count === packLimits.maxFiles + 1) problems.push({ file: name, path: '$', message: `the pack has more than ${packLimits.maxFiles} files` })
          return false
        }
        if (entry.originalSize > packLimits.maxFileBytes) {
          problems.push({ file: name, path: '$', message: `file is ${formatBytes(entry.originalSize)} uncompressed, over the ${formatBytes(packLimits.maxFileBytes)} limit` })
          return false
        }
        if (declaredTotal > packLimits.maxTotalBytes) {
          problems.push({ file: name, path: '$', message: `the pack is over the ${formatBytes(packLimits.maxTotalBytes)} limit uncompressed` })
          return false
        }
        return true
      }
    })
  } catch (error) {
    return { files: new Map(), problems: [{ file, path: '$', message: `not a readable zip archive (${error instanceof Error ? error.message : String(error)})` }] }
  }
  const files = new Map<string, Uint8Array>()
  const root = singleRootFolder(Object.keys(entries))
  for (const [name, bytes] of Object.entries(entries)) {
    // A lying header could still inflate to more than it declared.
    if (bytes.byteLength > packLimits.maxFileBytes) problems.push({ file: name, path: '$', message: 'file inflates past the size limit' })
    else files.set(root ? name.slice(root.length + 1) : name, bytes)
  }
  return { files, problems }
}

export function isSafeEntryName(name: string): boolean {
  if (name.includes('\\') || name.includes('\0')) return false
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false
  const normal = posix.normalize(name)
  return !normal.startsWith('../') && normal !== '..' && !normal.split('/').includes('..')
}

/** Zips made by "compress this folder" put everything under one top folder; look inside it. */
function singleRootFolder(names: string[]): string | null {
  const first = names[0]?.split('/')[0]
  return first && !names.includes('manifest.json') && names.every((name) => name.startsWith(`${first}/`)) ? first : null
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}
