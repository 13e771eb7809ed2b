import type { StatementCache } from './statement-cache'

/** Settings as JSON values under string keys; the service above gives them a schema. */
export class SettingsRepository {
  constructor(private readonly sql: StatementCache) {}

  all(): Record<string, unknown> {
    const rows = this.sql.get<[], { key: string; value: string }>('SELECT key, value FROM settings').all()
    return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]))
  }

  set(values: Record<string, unknown>, now = new Date()): void {
    const upsert = this.sql.get<{ key: string; value: string; updatedAt: string }>(
      `INSERT INTO settings (key, value, updated_at) VALUES (@key, @value, @updatedAt)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`
    )
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) continue
      upsert.run({ key, value: JSON.stringify(value), updatedAt: now.toISOString() })
    }
  }
}
