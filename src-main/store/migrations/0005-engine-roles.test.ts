import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../test-support/silent-logger'
import { useTempDirs } from '../../test-support/temp-dir'
import { Store } from '../store'
import { migrations } from '.'

const tempDir = useTempDirs()

describe('migration 0005-engine-roles', () => {
  it('upgrades a version-4 database and enforces endpoints and role assignments', async () => {
    const dir = tempDir()
    const options = { file: join(dir, 'db.sqlite'), backupDir: join(dir, 'backups'), logger: silentLogger, slowQueryMs: 1000 }
    const v4 = Store.open({ ...options, migrations: migrations.slice(0, 4) })
    v4.db.prepare("INSERT INTO profiles (id, display_name, role, created_at) VALUES ('p', 'A', 'student', 'now')").run()
    await v4.dispose()

    const v5 = Store.open({ ...options, migrations: migrations.slice(0, 5) })
    expect(v5.migration).toMatchObject({ from: 4, to: 5, applied: ['0005-engine-roles'] })
    expect(v5.db.prepare('SELECT count(*) AS n FROM profiles').get()).toEqual({ n: 1 })
    const endpoint = v5.db.prepare("INSERT INTO engine_endpoints (id, name, kind, base_url, created_at) VALUES (?, ?, ?, ?, 'now')")
    endpoint.run('e1', 'local', 'openai-compatible', 'http://127.0.0.1:8000/v1')
    expect(() => endpoint.run('e2', 'no-url', 'openai-compatible', null)).toThrow(/CHECK/)
    expect(() => endpoint.run('e3', 'local', 'vllm', null)).toThrow(/UNIQUE/)
    const assign = v5.db.prepare("INSERT INTO role_assignments (role, endpoint_id, model, sampling, updated_at) VALUES (?, ?, 'm', '{}', 'now')")
    assign.run('judge', 'e1')
    expect(() => assign.run('oracle', 'e1')).toThrow(/CHECK/)
    expect(() => assign.run('patient', 'missing')).toThrow(/FOREIGN KEY/)
    v5.db.prepare("DELETE FROM engine_endpoints WHERE id = 'e1'").run()
    expect(v5.db.prepare('SELECT count(*) AS n FROM role_assignments').get()).toEqual({ n: 0 })
    await v5.dispose()
  })
})
