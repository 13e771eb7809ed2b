import { describe, expect, it } from 'vitest'
import { parseCoreConfig } from './config'
import { ConfigInvalidError } from './errors'

describe('parseCoreConfig', () => {
  it('fills defaults', () => {
    expect(parseCoreConfig({ dataDir: '/tmp/x' })).toMatchObject({ dataDir: '/tmp/x', logLevel: 'info', logMaxFiles: 5 })
  })

  it('names each bad field', () => {
    try {
      parseCoreConfig({ dataDir: 'relative/dir', logLevel: 'loud' as 'info' })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigInvalidError)
      const issues = (error as ConfigInvalidError).data.issues
      expect(issues.map((issue) => issue.path).sort()).toEqual(['dataDir', 'logLevel'])
      expect((error as Error).message).toContain('dataDir: must be an absolute path')
    }
  })
})
