import type { Database, Statement } from 'better-sqlite3'

/** Settings as JSON values under string keys; the service above gives them a schema. */
export class SettingsRepository {
  readonly #select: Statement<[], { key: string; value: string }>
  readonly #upsert: Statement<{ key: string; value: string; updatedAt: string }>

  constructor(db: Database) {
    this.#select = db.prepare('SELECT key, value FROM settings')
    this.#upsert = db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (@key, @value, @updatedAt)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`
    )
  }

  all(): Record<string, unknown> {
    const entries = this.#select.all().map((row) => [row.key, JSON.parse(row.value) as unknown])
    return Object.fromEntries(entries)
  }

  set(values: Record<string, unknown>, now = new Date()): void {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) continue
      this.#upsert.run({ key, value: JSON.stringify(value), updatedAt: now.toISOString() })
    }
  }
}
