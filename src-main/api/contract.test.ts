import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiClient } from '../contract'
import { createCore, type Core } from '../core/create-core'
import { doors, type OpenDoor } from '../test-support/doors'
import { useTempDirs } from '../test-support/temp-dir'

const tempDir = useTempDirs()

async function errorOf(promise: Promise<unknown>): Promise<{ code: string; message: string; data: { issues: { path: string }[] } }> {
  try {
    await promise
  } catch (error) {
    return error as never
  }
  throw new Error('expected the call to fail')
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe.each(Object.keys(doors))('the API through the %s door', (doorName) => {
  let core: Core
  let door: OpenDoor
  let api: ApiClient

  beforeEach(async () => {
    core = createCore({ dataDir: tempDir(), logLevel: 'warn' })
    door = await doors[doorName]!(core)
    api = door.client
  })
  afterEach(async () => {
    await door.close()
    await core.dispose()
  })

  it('answers system.health with version, data folder and uptime', async () => {
    const health = await api.system.health()
    expect(health.dataDir).toBe(core.config.dataDir)
    expect(health.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(health.schemaVersion).toBeGreaterThanOrEqual(1)
    expect(health.uptimeMs).toBeGreaterThanOrEqual(0)
  })

  it('rejects a missing field with a typed error that names it', async () => {
    const error = await errorOf(api.profiles.create({ role: 'student' } as never))
    expect(error.code).toBe('INPUT_VALIDATION_FAILED')
    expect(error.data.issues.map((issue) => issue.path)).toEqual(['displayName'])
    expect(error.message).toContain('displayName')
  })

  it('rejects a wrong type with a typed error that names it', async () => {
    const error = await errorOf(api.settings.update({ language: 42 } as never))
    expect(error.code).toBe('INPUT_VALIDATION_FAILED')
    expect(error.data.issues[0]?.path).toBe('language')
  })

  it('persists a change and records it in the audit log with a trace id', async () => {
    const updated = await api.settings.update({ language: 'en' })
    expect(updated.language).toBe('en')
    expect((await api.settings.get()).language).toBe('en')
    const [entry] = await api.audit.recent({ limit: 1 })
    expect(entry).toMatchObject({ action: 'settings.update', outcome: 'ok', detail: { language: 'en' } })
    expect(entry?.traceId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('audits a refused change as an error', async () => {
    await errorOf(api.profiles.create({ displayName: '', role: 'student' }))
    const [entry] = await api.audit.recent({ limit: 1 })
    expect(entry).toMatchObject({ action: 'profiles.create', outcome: 'error' })
  })

  it('streams ticks to the end', async () => {
    const seen: number[] = []
    for await (const tick of await api.system.ticks({ intervalMs: 10, count: 3 })) seen.push(tick.n)
    expect(seen).toEqual([1, 2, 3])
  })

  it('cancels a stream, and the core stops producing it', async () => {
    const controller = new AbortController()
    const seen: number[] = []
    const iterate = (async () => {
      for await (const tick of await api.system.ticks({ intervalMs: 20 }, { signal: controller.signal })) {
        seen.push(tick.n)
        if (seen.length === 2) controller.abort()
      }
    })()
    await iterate.catch(() => {})
    expect(seen).toEqual([1, 2])
    await waitFor(async () => core.system.health().openStreams === 0)
  })
})
