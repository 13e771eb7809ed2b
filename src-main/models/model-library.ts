import { constants } from 'node:fs'
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { AppError, describeCause } from '../core/errors'
import { inspectGguf, type GgufSummary } from './gguf-info'

export interface LibraryEntry {
  /** The file name inside the models folder; what start/delete name. */
  id: string
  summary: GgufSummary | null
  /** Why the file cannot be used (corrupt, truncated); the entry is still listed so it can be deleted. */
  problem: string | null
}

export class ModelNotInLibraryError extends AppError<{ id: string }> {
  constructor(id: string) {
    super('MODEL_NOT_IN_LIBRARY', `No model or adapter "${id}" in the models folder.`, { id })
  }
}

export class ModelExistsError extends AppError<{ id: string }> {
  constructor(id: string) {
    super('MODEL_EXISTS', `The models folder already has a file named ${id}; delete it first or rename the new one.`, { id })
  }
}

/**
 * The models folder (`<data>/models`): GGUF models and LoRA adapters, told
 * apart by their own metadata. Importing checks a file before copying it in,
 * so a broken file never joins the library.
 */
export class ModelLibrary {
  constructor(readonly dir: string) {}

  async list(): Promise<LibraryEntry[]> {
    await mkdir(this.dir, { recursive: true })
    const files = (await readdir(this.dir)).filter((name) => name.toLowerCase().endsWith('.gguf')).sort()
    return Promise.all(
      files.map(async (id) => {
        try {
          return { id, summary: await inspectGguf(join(this.dir, id)), problem: null }
        } catch (error) {
          return { id, summary: null, problem: error instanceof AppError ? error.message : describeCause(error) }
        }
      })
    )
  }

  path(id: string): string {
    // Ids are bare file names; anything with a separator would escape the folder.
    if (id !== basename(id) || !id.toLowerCase().endsWith('.gguf')) throw new ModelNotInLibraryError(id)
    return join(this.dir, id)
  }

  /** Validates a local GGUF and copies it in (a reflink where the file system offers one). */
  async import(source: string): Promise<LibraryEntry> {
    const summary = await inspectGguf(source)
    await mkdir(this.dir, { recursive: true })
    const id = basename(source)
    const target = this.path(id.toLowerCase().endsWith('.gguf') ? id : `${id}.gguf`)
    await copyFile(source, target, constants.COPYFILE_FICLONE | constants.COPYFILE_EXCL).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ModelExistsError(basename(target))
      throw error
    })
    return { id: basename(target), summary: { ...summary, file: target }, problem: null }
  }

  async remove(id: string): Promise<boolean> {
    try {
      await rm(this.path(id))
      return true
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
      throw error
    }
  }
}
