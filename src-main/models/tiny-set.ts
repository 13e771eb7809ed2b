import { existsSync } from 'node:fs'
import { mkdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { writeTinyLora, writeTinyModel } from './tiny-model'

/** Bumped whenever the generator's output changes, so a cached set is never stale. */
const tinyVersion = 1

export interface TinySet {
  dir: string
  model: string
  /** Two adapters for the model, different seeds. */
  adapters: { name: string; path: string }[]
  /** An adapter written for another architecture, for the mismatch error. */
  foreignAdapter: string
}

/**
 * The tiny model and its adapters in `dir`, generated once (written under a
 * temporary name and renamed, so parallel test workers never see half a file).
 */
export async function ensureTinySet(dir: string): Promise<TinySet> {
  await mkdir(dir, { recursive: true })
  const set: TinySet = {
    dir,
    model: join(dir, `tiny-qwen3-vocab-v${tinyVersion}.gguf`),
    adapters: [
      { name: 'persona-a', path: join(dir, `tiny-lora-a-v${tinyVersion}.gguf`) },
      { name: 'persona-b', path: join(dir, `tiny-lora-b-v${tinyVersion}.gguf`) }
    ],
    foreignAdapter: join(dir, `tiny-lora-qwen2-v${tinyVersion}.gguf`)
  }
  const make = async (target: string, write: (path: string) => Promise<void>): Promise<void> => {
    if (existsSync(target)) return
    const partial = `${target}.${process.pid}.partial`
    await write(partial)
    await rename(partial, target)
  }
  await make(set.model, (path) => writeTinyModel(path))
  await make(set.adapters[0]!.path, (path) => writeTinyLora(path, { seed: 11 }))
  await make(set.adapters[1]!.path, (path) => writeTinyLora(path, { seed: 22 }))
  await make(set.foreignAdapter, (path) => writeTinyLora(path, { seed: 33, architecture: 'qwen2' }))
  return set
}
