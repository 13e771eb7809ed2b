import { existsSync } from 'node:fs'
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { DatabaseCorruptError, DatabaseTooNewError } from '../core/errors'

/**
 * Looks at an existing file read-only before anything writes to it, so that a
 * corrupt file or one from a newer ClinicLab is reported and left untouched.
 */
export function inspectDatabase(file: string, supportedVersion: number): { exists: boolean; version: number } {
  if (!existsSync(file)) return { exists: false, version: 0 }
  let version: number
  try {
    const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
    try {
      version = db.pragma('user_version', { simple: true }) as number
      const check = db.pragma('quick_check', { simple: true })
      if (check !== 'ok') throw new Error(`integrity check: ${String(check)}`)
    } finally {
      db.close()
    }
  } catch (error) {
    throw new DatabaseCorruptError(file, error)
  }
  if (version > supportedVersion) throw new DatabaseTooNewError(file, version, supportedVersion)
  return { exists: true, version }
}

/** The one writer connection: WAL, foreign keys on, a busy timeout for readers. */
export function openWriter(file: string): Database {
  const db = new BetterSqlite3(file)
  db.pragma('journal_mode = WAL')
  // NORMAL in WAL mode keeps every committed transaction across a process crash.
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  return db
}
