import type { Database, Statement } from 'better-sqlite3'

export interface ProfileRow {
  id: string
  displayName: string
  role: 'student' | 'instructor' | 'clinician' | 'developer'
  createdAt: string
}

export class ProfileRepository {
  readonly #insert: Statement<ProfileRow>
  readonly #list: Statement<[], ProfileRow>
  readonly #count: Statement<[], { count: number }>

  constructor(db: Database) {
    this.#insert = db.prepare(
      'INSERT INTO profiles (id, display_name, role, created_at) VALUES (@id, @displayName, @role, @createdAt)'
    )
    this.#list = db.prepare(
      'SELECT id, display_name AS displayName, role, created_at AS createdAt FROM profiles ORDER BY created_at, id'
    )
    this.#count = db.prepare('SELECT count(*) AS count FROM profiles')
  }

  insert(profile: ProfileRow): void {
    this.#insert.run(profile)
  }

  list(): ProfileRow[] {
    return this.#list.all()
  }

  count(): number {
    return this.#count.get()?.count ?? 0
  }
}
