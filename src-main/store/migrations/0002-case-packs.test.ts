import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../test-support/silent-logger'
import { useTempDirs } from '../../test-support/temp-dir'
import { Store } from '../store'
import { migration0001 } from './0001-initial'
import { migration0002 } from './0002-case-packs'

const tempDir = useTempDirs()

describe('migration 0002-case-packs', () => {
  it('upgrades a version-1 database, keeping its rows, and cascades pack deletes to cases', async () => {
    const dir = tempDir()
    const options = { file: join(dir, 'db.sqlite'), backupDir: join(dir, 'backups'), logger: silentLogger, slowQueryMs: 1000 }
    const v1 = Store.open({ ...options, migrations: [migration0001] })
    v1.profiles.insert({ id: 'p', displayName: '学生甲', role: 'student', createdAt: new Date().toISOString() })
    await v1.dispose()

    const v2 = Store.open({ ...options, migrations: [migration0001, migration0002] })
    expect(v2.migration).toMatchObject({ from: 1, to: 2, applied: ['0002-case-packs'] })
    expect(v2.migration.backup).toMatch(/-v1-pre-migrate\.sqlite$/)
    expect(v2.profiles.count()).toBe(1)
    v2.db.prepare("INSERT INTO case_packs VALUES ('p1', '1.0.0', '{}', 'a', 'CC', '[]', 'sha256:x', '{}', 'now')").run()
    v2.db.prepare("INSERT INTO cases VALUES ('p1', 'c1', 0, '{}', 'cardiology', 'easy', '{}')").run()
    expect(() => v2.db.prepare("INSERT INTO cases VALUES ('nope', 'c1', 0, '{}', 'x', 'easy', '{}')").run()).toThrow(/FOREIGN KEY/)
    v2.db.prepare("DELETE FROM case_packs WHERE id = 'p1'").run()
    expect(v2.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 })
    await v2.dispose()
  })
})
