import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../test-support/silent-logger'
import { useTempDirs } from '../../test-support/temp-dir'
import { Store } from '../store'
import { migration0001 } from './0001-initial'

const tempDir = useTempDirs()

function openAt0001() {
  const dir = tempDir()
  return Store.open({ file: join(dir, 'db.sqlite'), backupDir: join(dir, 'backups'), logger: silentLogger, slowQueryMs: 1000, migrations: [migration0001] })
}

describe('migration 0001-initial', () => {
  it('creates profiles, settings and audit_log with their columns', () => {
    const store = openAt0001()
    const columns = (table: string) => store.db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table).map((row) => (row as { name: string }).name)
    expect(columns('profiles')).toEqual(['id', 'display_name', 'role', 'created_at'])
    expect(columns('settings')).toEqual(['key', 'value', 'updated_at'])
    expect(columns('audit_log')).toEqual(['id', 'at', 'door', 'actor', 'action', 'trace_id', 'outcome', 'detail'])
    expect(store.schemaVersion).toBe(1)
    void store.dispose()
  })

  it('enforces its constraints', () => {
    const store = openAt0001()
    const insertProfile = store.db.prepare('INSERT INTO profiles VALUES (?, ?, ?, ?)')
    expect(() => insertProfile.run('a', 'Li Hua', 'surgeon', 'now')).toThrow(/CHECK constraint/)
    expect(() => insertProfile.run('b', '', 'student', 'now')).toThrow(/CHECK constraint/)
    insertProfile.run('c', '李华', 'student', 'now')
    expect(() => insertProfile.run('c', 'again', 'student', 'now')).toThrow(/UNIQUE/)
    expect(() => store.db.prepare('INSERT INTO settings VALUES (?, ?, ?)').run('k', '{not json', 'now')).toThrow(/CHECK constraint/)
    expect(() =>
      store.db.prepare('INSERT INTO audit_log (at, door, actor, action, trace_id, outcome) VALUES (?, ?, ?, ?, ?, ?)').run('now', 'cli', 'me', 'x', 't', 'maybe')
    ).toThrow(/CHECK constraint/)
    // STRICT tables refuse values of the wrong type.
    expect(() => store.db.prepare('INSERT INTO audit_log (id, at, door, actor, action, trace_id, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)').run('x', 'now', 'cli', 'me', 'x', 't', 'ok')).toThrow()
    void store.dispose()
  })
})
