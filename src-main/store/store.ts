import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Database } from 'better-sqlite3'
import { Disposable } from '../core/disposable'
import type { Logger } from '../core/logger'
import { AuditLog } from './audit-log'
import { CaseRepository } from './case-repository'
import { EngineRepository } from './engine-repository'
import { KnowledgeRepository } from './knowledge-repository'
import { AssistantRepository } from './assistant-repository'
import { backupDatabase } from './backup'
import { migrate, type MigrateResult } from './migrate'
import type { Migration } from './migration'
import { migrations as allMigrations } from './migrations'
import { inspectDatabase, openWriter } from './open-database'
import { ProfileRepository } from './profile-repository'
import { ScoreRepository } from './score-repository'
import { SessionRepository } from './session-repository'
import { SettingsRepository } from './settings-repository'
import { StatementCache } from './statement-cache'

export interface StoreOptions {
  file: string
  backupDir: string
  logger: Logger
  slowQueryMs: number
  /** Tests pass their own list; the app uses every migration it ships. */
  migrations?: readonly Migration[]
}

/** The SQLite database behind small typed repositories, with one writer connection. */
export class Store extends Disposable {
  readonly db: Database
  readonly migration: MigrateResult
  readonly settings: SettingsRepository
  readonly profiles: ProfileRepository
  readonly audit: AuditLog
  readonly cases: CaseRepository
  readonly sessions: SessionRepository
  readonly scores: ScoreRepository
  readonly engines: EngineRepository
  readonly knowledge: KnowledgeRepository
  readonly assistant: AssistantRepository
  readonly #options: StoreOptions

  private constructor(db: Database, migration: MigrateResult, options: StoreOptions) {
    super('the database')
    this.db = db
    this.migration = migration
    this.#options = options
    const sql = new StatementCache(db)
    this.settings = new SettingsRepository(sql)
    this.profiles = new ProfileRepository(sql)
    this.audit = new AuditLog(sql)
    this.cases = new CaseRepository(sql)
    this.sessions = new SessionRepository(sql)
    this.scores = new ScoreRepository(sql)
    this.engines = new EngineRepository(sql)
    this.knowledge = new KnowledgeRepository(sql)
    this.assistant = new AssistantRepository(sql)
    this.onDispose(() => {
      if (db.open) db.close()
    })
  }

  static open(options: StoreOptions): Store {
    const migrations = options.migrations ?? allMigrations
    const latest = migrations.at(-1)?.version ?? 0
    const { exists } = inspectDatabase(options.file, latest)
    mkdirSync(dirname(options.file), { recursive: true })
    const db = openWriter(options.file)
    try {
      const result = migrate(db, migrations, { file: options.file, backupDir: options.backupDir, existed: exists, logger: options.logger })
      return new Store(db, result, options)
    } catch (error) {
      if (db.open) db.close()
      throw error
    }
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number
  }

  /** Runs a unit of work in one transaction, logging it when it is slow. */
  transaction<T>(name: string, work: () => T): T {
    this.assertAlive()
    const started = performance.now()
    try {
      return this.db.transaction(work)()
    } finally {
      const elapsedMs = performance.now() - started
      if (elapsedMs > this.#options.slowQueryMs) this.#options.logger.warn({ name, elapsedMs }, 'slow database work')
    }
  }

  backup(reason: string): string {
    this.assertAlive()
    return backupDatabase(this.db, this.#options.backupDir, reason)
  }
}
