import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureTinySet, type TinySet } from '../models/tiny-set'

let shared: Promise<TinySet> | null = null

/** The generated tiny model set, shared by every test in the run (generated on first use, ~1 s). */
export function tinyModels(): Promise<TinySet> {
  shared ??= ensureTinySet(join(tmpdir(), 'cliniclab-tiny-models'))
  return shared
}
