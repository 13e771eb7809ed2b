import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../test-support/silent-logger'
import { useTempDirs } from '../../test-support/temp-dir'
import { Store } from '../store'
import { migration0001 } from './0001-initial'
import { migration0002 } from './0002-case-packs'
import { migration0003 } from './0003-patient-sessions'
import { migration0004 } from './0004-assessment'

const tempDir = useTempDirs()

describe('migration 0004-assessment', () => {
  it('upgrades a version-3 database, keeps its sessions, and holds one score per scorer version', async () => {
    const dir = tempDir()
    const options = { file: join(dir, 'db.sqlite'), backupDir: join(dir, 'backups'), logger: silentLogger, slowQueryMs: 1000 }
    const v3 = Store.open({ ...options, migrations: [migration0001, migration0002, migration0003] })
    v3.db.prepare("INSERT INTO patient_sessions (id, pack_id, case_id, case_snapshot, language, responder, status, started_at) VALUES ('s1', 'p1', 'c1', '{}', 'zh', 'scripted', 'submitted', 'now')").run()
    await v3.dispose()

    const v4 = Store.open({ ...options, migrations: [migration0001, migration0002, migration0003, migration0004] })
    expect(v4.migration).toMatchObject({ from: 3, to: 4, applied: ['0004-assessment'] })
    const insert = v4.db.prepare("INSERT INTO session_scores (session_id, scorer_version, total, result, created_at) VALUES ('s1', ?, ?, ?, 'now')")
    insert.run('rule-1', 50, '{}')
    insert.run('rule-2', 60, '{}')
    expect(() => insert.run('rule-1', 70, '{}')).toThrow(/UNIQUE/)
    expect(() => insert.run('rule-3', 170, '{}')).toThrow(/CHECK/)
    expect(() => insert.run('rule-4', 10, 'not json')).toThrow(/CHECK/)
    v4.db.prepare("INSERT INTO session_critiques (session_id, engine, model, prompt_version, verdict, created_at) VALUES ('s1', 'e', 'm', 'critique-1', '{}', 'now')").run()
    v4.db.prepare("DELETE FROM patient_sessions WHERE id = 's1'").run()
    expect(v4.db.prepare('SELECT (SELECT count(*) FROM session_scores) + (SELECT count(*) FROM session_critiques) AS n').get()).toEqual({ n: 0 })
    await v4.dispose()
  })
})
