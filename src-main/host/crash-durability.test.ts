import { once } from 'node:events'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { createORPCClient } from '@orpc/client'
import { RPCLink } from '@orpc/client/fetch'
import { describe, expect, it } from 'vitest'
import type { ApiClient } from '../contract'
import { startServeProcess } from '../test-support/spawn-cli'
import { useTempDirs } from '../test-support/temp-dir'

const tempDir = useTempDirs()

describe('the host killed while it writes', () => {
  it('loses no row whose write was acknowledged', async () => {
    const dataDir = tempDir()
    const { child, url } = await startServeProcess(['--data', dataDir])
    const api: ApiClient = createORPCClient(new RPCLink({ url: new URL('/rpc', url).toString() }))

    const acknowledged: string[] = []
    let killed = false
    // Four writers hammer the host; once enough writes are acknowledged it is killed mid-stream.
    const writer = async (worker: number) => {
      for (let i = 0; !killed; i++) {
        try {
          const profile = await api.profiles.create({ displayName: `worker ${worker} #${i}`, role: 'student' })
          acknowledged.push(profile.id)
        } catch {
          return // the host is gone
        }
        if (acknowledged.length >= 200 && !killed) {
          killed = true
          child.kill('SIGKILL')
        }
      }
    }
    await Promise.all([0, 1, 2, 3].map(writer))
    if (child.exitCode === null && child.signalCode === null) await once(child, 'exit')
    expect(child.signalCode).toBe('SIGKILL')

    const db = new BetterSqlite3(join(dataDir, 'cliniclab.sqlite'))
    try {
      expect(db.pragma('quick_check', { simple: true })).toBe('ok')
      const stored = new Set(db.prepare('SELECT id FROM profiles').pluck().all() as string[])
      const missing = acknowledged.filter((id) => !stored.has(id))
      expect(acknowledged.length).toBeGreaterThanOrEqual(200)
      expect(missing).toEqual([])
    } finally {
      db.close()
    }
  }, 60_000)
})
