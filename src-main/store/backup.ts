import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'

/** A consistent copy of a live database (VACUUM INTO), safe while WAL is in use. */
export function backupDatabase(db: Database, backupDir: string, reason: string): string {
  mkdirSync(backupDir, { recursive: true })
  const version = db.pragma('user_version', { simple: true }) as number
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const file = join(backupDir, `cliniclab-${stamp}-v${version}-${reason}.sqlite`)
  db.prepare('VACUUM INTO ?').run(file)
  return file
}

/** Puts a backup back in place of a closed database, dropping its WAL files. */
export function restoreDatabase(backupFile: string, databaseFile: string): void {
  removeWalFiles(databaseFile)
  copyFileSync(backupFile, databaseFile)
}

/** Deletes a closed database that this run created. */
export function removeDatabase(databaseFile: string): void {
  removeWalFiles(databaseFile)
  rmSync(databaseFile, { force: true })
}

function removeWalFiles(databaseFile: string): void {
  rmSync(`${databaseFile}-wal`, { force: true })
  rmSync(`${databaseFile}-shm`, { force: true })
}
