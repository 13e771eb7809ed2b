import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import { createLogger } from './logger'

const tempDir = useTempDirs()

describe('createLogger', () => {
  it('writes JSON lines to cliniclab.log in the data folder', async () => {
    const logDir = tempDir()
    const owned = createLogger({ logDir, level: 'info', maxSize: '1M', maxFiles: 3, echo: false })
    owned.logger.info({ case: '胸痛' }, 'hello')
    owned.logger.debug('below the level')
    await owned.dispose()
    const lines = readFileSync(owned.file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ msg: 'hello', case: '胸痛', level: 30 })
  })

  it('rotates when the file reaches its size and keeps at most maxFiles', async () => {
    const logDir = tempDir()
    const owned = createLogger({ logDir, level: 'info', maxSize: '1K', maxFiles: 2, echo: false })
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 20; i++) owned.logger.info({ round, i, padding: 'x'.repeat(40) }, 'filler')
      // rotation is checked between writes; give the stream a turn
      await new Promise((resolve) => setTimeout(resolve, 30))
    }
    await owned.dispose()
    const files = readdirSync(logDir)
    expect(files).toContain('cliniclab.log')
    // Rotated files are stamped "<time>-cliniclab.log"; the stream also keeps a history list.
    const rotated = files.filter((name) => name.endsWith('-cliniclab.log'))
    expect(rotated.length).toBeGreaterThanOrEqual(1)
    expect(rotated.length).toBeLessThanOrEqual(2)
  })
})
