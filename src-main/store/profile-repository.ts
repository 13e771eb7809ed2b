import type { StatementCache } from './statement-cache'

export interface ProfileRow {
  id: string
  displayName: string
  role: 'student' | 'instructor' | 'clinician' | 'developer'
  createdAt: string
}

export class ProfileRepository {
  constructor(private readonly sql: StatementCache) {}

  insert(profile: ProfileRow): void {
    this.sql
      .get<ProfileRow>('INSERT INTO profiles (id, display_name, role, created_at) VALUES (@id, @displayName, @role, @createdAt)')
      .run(profile)
  }

  list(): ProfileRow[] {
    return this.sql
      .get<[], ProfileRow>('SELECT id, display_name AS displayName, role, created_at AS createdAt FROM profiles ORDER BY created_at, id')
      .all()
  }

  get(id: string): ProfileRow | null {
    return this.sql.get<[string], ProfileRow>('SELECT id, display_name AS displayName, role, created_at AS createdAt FROM profiles WHERE id = ?').get(id) ?? null
  }

  count(): number {
    return this.sql.get<[], { count: number }>('SELECT count(*) AS count FROM profiles').get()?.count ?? 0
  }
}
