import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DatabaseCorruptError, DatabaseTooNewError, MigrationFailedError } from '../core/errors'
import { silentLogger } from '../test-support/silent-logger'
import { useTempDirs } from '../test-support/temp-dir'
import type { Migration } from './migration'
import { migrations } from './migrations'
import { Store } from './store'

const tempDir = useTempDirs()
const latest = migrations.at(-1)!.version

function paths() {
  const dir = tempDir()
  return { dir, file: join(dir, 'cliniclab.sqlite'), backupDir: join(dir, 'backups') }
}

function open(file: string, backupDir: string, list: readonly Migration[] = migrations) {
  return Store.open({ file, backupDir, logger: silentLogger, slowQueryMs: 1000, migrations: list })
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('Store', () => {
  it('opens in WAL mode with foreign keys on, at the latest schema', async () => {
    const { file, backupDir } = paths()
    const store = open(file, backupDir)
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(store.schemaVersion).toBe(latest)
    expect(store.migration.applied.length).toBe(migrations.length)
    await store.dispose()
  })

  it('refuses a database from a newer ClinicLab and leaves it untouched', () => {
    const { file, backupDir } = paths()
    const db = new BetterSqlite3(file)
    db.pragma(`user_version = ${latest + 5}`)
    db.exec('CREATE TABLE future (x)')
    db.close()
    const before = sha256(file)
    const error = catchError(() => open(file, backupDir))
    expect(error).toBeInstanceOf(DatabaseTooNewError)
    expect((error as DatabaseTooNewError).code).toBe('DB_TOO_NEW')
    expect((error as Error).message).toContain(`schema ${latest + 5}`)
    expect(sha256(file)).toBe(before)
    expect(existsSync(`${file}-wal`)).toBe(false)
    expect(existsSync(backupDir)).toBe(false)
  })

  it('refuses a corrupt file with a clear message and leaves it untouched', () => {
    const { file, backupDir } = paths()
    writeFileSync(file, Buffer.from('this is not a database, just some text that a user dropped here'.repeat(100)))
    const before = sha256(file)
    const error = catchError(() => open(file, backupDir))
    expect(error).toBeInstanceOf(DatabaseCorruptError)
    expect((error as Error).message).toMatch(/not a readable ClinicLab database/)
    expect(sha256(file)).toBe(before)
  })

  it('backs up before migrating and restores the backup when a migration fails', async () => {
    const { file, backupDir } = paths()
    const first = open(file, backupDir)
    first.profiles.insert({ id: 'p1', displayName: '王医生', role: 'clinician', createdAt: new Date().toISOString() })
    await first.dispose()

    const failing: Migration = {
      version: latest + 1,
      name: `${String(latest + 1).padStart(4, '0')}-broken`,
      up(db) {
        db.exec('DELETE FROM profiles')
        throw new Error('boom')
      }
    }
    const error = catchError(() => open(file, backupDir, [...migrations, failing]))
    expect(error).toBeInstanceOf(MigrationFailedError)
    expect((error as MigrationFailedError).data.restored).toBe(true)
    expect((error as Error).message).toContain('-broken failed (boom)')
    expect(readdirSync(backupDir).some((name) => name.includes(`v${latest}-pre-migrate`))).toBe(true)

    const reopened = open(file, backupDir)
    expect(reopened.schemaVersion).toBe(latest)
    expect(reopened.profiles.list().map((profile) => profile.displayName)).toEqual(['王医生'])
    await reopened.dispose()
  })

  it('puts back the pre-migration state even when an earlier step of the same run committed', async () => {
    const { file, backupDir } = paths()
    const base = open(file, backupDir)
    await base.dispose()
    const adds: Migration = { version: latest + 1, name: 'adds', up: (db) => db.exec('CREATE TABLE added (x)') }
    const breaks: Migration = { version: latest + 2, name: 'breaks', up: () => { throw new Error('nope') } }
    expect(() => open(file, backupDir, [...migrations, adds, breaks])).toThrow(MigrationFailedError)
    const check = new BetterSqlite3(file, { readonly: true })
    expect(check.pragma('user_version', { simple: true })).toBe(latest)
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'added'").get()).toEqual({ n: 0 })
    check.close()
  })

  it('removes a database it created when the first migration fails', () => {
    const { file, backupDir } = paths()
    const broken: Migration = { version: 1, name: '0001-broken', up: () => { throw new Error('bad sql') } }
    expect(() => open(file, backupDir, [broken])).toThrow(/The new, empty database was removed/)
    expect(existsSync(file)).toBe(false)
  })

  it('writes a consistent backup on demand', async () => {
    const { file, backupDir } = paths()
    const store = open(file, backupDir)
    store.settings.set({ language: 'en' })
    const backup = store.backup('manual')
    await store.dispose()
    const copy = new BetterSqlite3(backup, { readonly: true })
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'language'").get()).toEqual({ value: '"en"' })
    copy.close()
  })

  it('refuses use after disposal', async () => {
    const { file, backupDir } = paths()
    const store = open(file, backupDir)
    await store.dispose()
    expect(() => store.transaction('late', () => 1)).toThrow(/shut down/)
  })
})

function catchError(action: () => unknown): unknown {
  try {
    action()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}
