import type { Database, Statement } from 'better-sqlite3'

/**
 * Prepares each SQL statement on first use and keeps it. Lazy, so a store
 * opened at an older schema (in migration tests) only prepares what it runs.
 */
export class StatementCache {
  readonly #statements = new Map<string, Statement>()

  constructor(private readonly db: Database) {}

  get<Parameters extends unknown[] | object = unknown[], Row = unknown>(sql: string): Statement<Parameters, Row> {
    let statement = this.#statements.get(sql)
    if (!statement) {
      statement = this.db.prepare(sql)
      this.#statements.set(sql, statement)
    }
    return statement as unknown as Statement<Parameters, Row>
  }
}
