import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../test-support/spawn-cli'
import { useTempDirs } from '../test-support/temp-dir'

const tempDir = useTempDirs()

describe('the cliniclab command', () => {
  it('lists its commands', () => {
    const { status, stdout } = runCli(['--help'])
    expect(status).toBe(0)
    for (const command of ['serve', 'doctor', 'db']) expect(stdout).toContain(command)
  })

  it('doctor reports the machine and the data folder without creating a database', () => {
    const dataDir = tempDir()
    const { status, stdout } = runCli(['doctor', '--json', '--data', dataDir])
    expect(status).toBe(0)
    const report = JSON.parse(stdout) as Record<string, unknown> & { gpu: Record<string, unknown> }
    expect(report).toMatchObject({ dataDir, databaseFile: null, node: process.versions.node })
    expect(report.logicalCores).toBeGreaterThan(0)
    expect(report.ramTotalBytes).toBeGreaterThan(0)
    expect(report.gpu).toHaveProperty('backend')
    expect(existsSync(join(dataDir, 'cliniclab.sqlite'))).toBe(false)
  })

  it('db migrate creates the database, then reports it up to date', () => {
    const dataDir = tempDir()
    const first = runCli(['db', 'migrate', '--data', dataDir])
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(/Migrated .* from schema 0 to \d+: 0001-initial/)
    const second = runCli(['db', 'migrate', '--data', dataDir])
    expect(second.stdout).toMatch(/up to date/)
  })

  it('db backup writes a copy into the backups folder', () => {
    const dataDir = tempDir()
    runCli(['db', 'migrate', '--data', dataDir])
    const { status, stdout } = runCli(['db', 'backup', '--data', dataDir])
    expect(status).toBe(0)
    expect(stdout).toContain('Backup written')
    expect(readdirSync(join(dataDir, 'backups')).some((name) => name.endsWith('-manual.sqlite'))).toBe(true)
  })

  it('db backup with no database says so and fails', () => {
    const { status, stderr } = runCli(['db', 'backup', '--data', tempDir()])
    expect(status).toBe(1)
    expect(stderr).toContain('no database to back up')
  })

  it('serve refuses a non-loopback address without a token, with the reason', () => {
    const { status, stderr } = runCli(['serve', '--host', '0.0.0.0', '--port', '0', '--data', tempDir()], { CLINICLAB_TOKEN: '' })
    expect(status).toBe(1)
    expect(stderr).toContain('HOST_NOT_LOOPBACK')
  })

  it('a database from a newer version is reported, not touched', async () => {
    const dataDir = tempDir()
    runCli(['db', 'migrate', '--data', dataDir])
    const { default: BetterSqlite3 } = await import('better-sqlite3')
    const db = new BetterSqlite3(join(dataDir, 'cliniclab.sqlite'))
    db.pragma('user_version = 999')
    db.close()
    const { status, stderr } = runCli(['db', 'migrate', '--data', dataDir])
    expect(status).toBe(1)
    expect(stderr).toContain('DB_TOO_NEW')
  })

  it('results csv prints every scored session, with the header and one row per session', async () => {
    const dataDir = tempDir()
    const { starterCore, askOnce } = await import('../test-support/starter-core')
    const core = starterCore(dataDir)
    const id = core.patient.start({ packId: 'starter', caseId: 'graves-disease', language: 'zh' })
    await askOnce(core, id, '您哪里不舒服？')
    core.patient.submit(id, '甲亢', [])
    await core.dispose()
    const { status, stdout } = runCli(['results', 'csv', '--data', dataDir])
    expect(status).toBe(0)
    const lines = stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^session_id,profile,pack,case,/)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(`${id},,starter,graves-disease,`)
    expect(lines[1]).toContain(',甲亢,yes,1,')
  })

  it('engines add / assign / list keep endpoints and roles, and refuse a role that does not exist', () => {
    const dataDir = tempDir()
    expect(runCli(['engines', 'add', 'ollama', 'http://127.0.0.1:11434/v1', '--key-env', 'TEST_KEY', '--data', dataDir], { TEST_KEY: 'sk-abc' }).status).toBe(0)
    const assigned = runCli(['engines', 'assign', 'patient', 'ollama', 'qwen3:4b', '--adapter', 'patient-lora', '--data', dataDir])
    expect(assigned.stdout).toContain('patient → ollama / qwen3:4b + patient-lora')
    const { stdout } = runCli(['engines', 'list', '--json', '--data', dataDir])
    const listed = JSON.parse(stdout) as { endpoints: { name: string; hasKey: boolean }[]; roles: { role: string; model: string }[] }
    expect(listed.endpoints).toEqual([expect.objectContaining({ name: 'ollama', hasKey: true })])
    expect(listed.roles).toEqual([expect.objectContaining({ role: 'patient', model: 'qwen3:4b' })])
    const wrong = runCli(['engines', 'assign', 'oracle', 'ollama', 'm', '--data', dataDir])
    expect(wrong.status).toBe(1)
    expect(wrong.stderr).toContain('USAGE: Unknown role "oracle"')
  })
})
