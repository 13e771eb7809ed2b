import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { createCore, dataPaths } from '../core/create-core'
import { migrations } from '../store/migrations'
import { inspectDatabase } from '../store/open-database'

/** `cliniclab db migrate`: opening the core applies pending migrations (with a backup first). */
export async function migrateCommand(dataDir: string): Promise<void> {
  const core = createCore({ dataDir })
  try {
    const { from, to, applied, backup } = core.store.migration
    core.store.audit.write({ door: 'cli', actor: 'db migrate', action: 'db.migrate', traceId: randomUUID(), outcome: 'ok', detail: { from, to, applied } })
    if (applied.length === 0) process.stdout.write(`Database is up to date (schema ${to}): ${core.store.db.name}\n`)
    else
      process.stdout.write(
        `Migrated ${core.store.db.name} from schema ${from} to ${to}: ${applied.join(', ')}\n` +
          (backup ? `Backup taken first: ${backup}\n` : '')
      )
  } finally {
    await core.dispose()
  }
}

/** `cliniclab db backup`: a consistent copy into the backups folder, safe while the app runs. */
export async function backupCommand(dataDir: string): Promise<void> {
  const file = dataPaths(dataDir).database
  if (!existsSync(file)) throw new Error(`There is no database to back up yet at ${file}.`)
  inspectDatabase(file, migrations.at(-1)?.version ?? 0)
  const core = createCore({ dataDir })
  try {
    const backup = core.store.backup('manual')
    core.store.audit.write({ door: 'cli', actor: 'db backup', action: 'db.backup', traceId: randomUUID(), outcome: 'ok', detail: { backup } })
    process.stdout.write(`Backup written: ${backup}\n`)
  } finally {
    await core.dispose()
  }
}
