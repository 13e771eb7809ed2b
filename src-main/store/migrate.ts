import type { Database } from 'better-sqlite3'
import type { Logger } from '../core/logger'
import { MigrationFailedError } from '../core/errors'
import { backupDatabase, removeDatabase, restoreDatabase } from './backup'
import type { Migration } from './migration'

export interface MigrateResult {
  from: number
  to: number
  applied: string[]
  backup: string | null
}

/**
 * Applies pending migrations, one transaction each. An existing database is
 * backed up first; if any step fails, the connection is closed and the backup
 * put back (or a database this run created is removed), so nothing is left
 * half-migrated.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[],
  options: { file: string; backupDir: string; existed: boolean; logger: Logger }
): MigrateResult {
  const from = db.pragma('user_version', { simple: true }) as number
  const pending = migrations.filter((migration) => migration.version > from)
  if (pending.length === 0) return { from, to: from, applied: [], backup: null }

  const backup = options.existed ? backupDatabase(db, options.backupDir, 'pre-migrate') : null
  if (backup) options.logger.info({ backup }, 'database backed up before migrating')

  const applied: string[] = []
  for (const migration of pending) {
    try {
      db.transaction(() => {
        migration.up(db)
        db.pragma(`user_version = ${migration.version}`)
      })()
      applied.push(migration.name)
      options.logger.info({ migration: migration.name }, 'migration applied')
    } catch (error) {
      options.logger.error({ migration: migration.name, err: error }, 'migration failed')
      db.close()
      if (backup) restoreDatabase(backup, options.file)
      else removeDatabase(options.file)
      throw new MigrationFailedError(migration.name, backup, backup !== null, error)
    }
  }
  return { from, to: pending.at(-1)!.version, applied, backup }
}
