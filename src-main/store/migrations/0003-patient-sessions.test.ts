import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../test-support/silent-logger'
import { useTempDirs } from '../../test-support/temp-dir'
import { Store } from '../store'
import { migration0001 } from './0001-initial'
import { migration0002 } from './0002-case-packs'
import { migration0003 } from './0003-patient-sessions'

const tempDir = useTempDirs()

describe('migration 0003-patient-sessions', () => {
  it('upgrades a version-2 database and enforces the session tables', async () => {
    const dir = tempDir()
    const options = { file: join(dir, 'db.sqlite'), backupDir: join(dir, 'backups'), logger: silentLogger, slowQueryMs: 1000 }
    const v2 = Store.open({ ...options, migrations: [migration0001, migration0002] })
    v2.db.prepare("INSERT INTO case_packs VALUES ('p1', '1.0.0', '{}', 'a', 'CC', '[]', 'sha256:x', '{}', 'now')").run()
    await v2.dispose()

    const v3 = Store.open({ ...options, migrations: [migration0001, migration0002, migration0003] })
    expect(v3.migration).toMatchObject({ from: 2, to: 3, applied: ['0003-patient-sessions'] })
    expect(v3.db.prepare('SELECT count(*) AS n FROM case_packs').get()).toEqual({ n: 1 })
    const insertSession = v3.db.prepare("INSERT INTO patient_sessions (id, pack_id, case_id, case_snapshot, language, responder, status, started_at) VALUES (?, 'p1', 'c1', '{}', ?, 'scripted', 'active', 'now')")
    insertSession.run('s1', 'zh')
    expect(() => insertSession.run('s2', 'fr')).toThrow(/CHECK constraint/)
    const message = v3.db.prepare("INSERT INTO session_messages (session_id, role, text, created_at) VALUES ('s1', 'student', '你好', 'now')").run()
    v3.db.prepare('INSERT INTO fact_ledger VALUES (?, ?)').run(message.lastInsertRowid, 'cc')
    expect(() => v3.db.prepare("INSERT INTO session_messages (session_id, role, text, created_at) VALUES ('s1', 'doctor', 'x', 'now')").run()).toThrow(/CHECK constraint/)
    expect(() => v3.db.prepare("INSERT INTO session_orders (session_id, text, resolution, created_at) VALUES ('s1', 'x', 'guessed', 'now')").run()).toThrow(/CHECK constraint/)
    v3.db.prepare("DELETE FROM patient_sessions WHERE id = 's1'").run()
    expect(v3.db.prepare('SELECT (SELECT count(*) FROM session_messages) + (SELECT count(*) FROM fact_ledger) AS n').get()).toEqual({ n: 0 })
    await v3.dispose()
  })
})
