import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import { FileSecretStore, type SecretCodec } from './secret-store'

const tempDir = useTempDirs()

/** A STAND-IN for Electron's safeStorage (which needs the Electron binary): AES-GCM with a key held in memory, as the OS key store would hold it. */
function standInCodec(scheme = 'test-aes-gcm'): SecretCodec {
  const key = randomBytes(32)
  return {
    scheme,
    encrypt(plain) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return Buffer.concat([iv, cipher.getAuthTag(), body])
    },
    decrypt(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12))
      decipher.setAuthTag(sealed.subarray(12, 28))
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8')
    }
  }
}

describe('the endpoint key store', () => {
  it('keeps keys in a file only the user can read; with a codec the key never appears in it', () => {
    const dir = tempDir()
    const codec = standInCodec()
    const sealed = new FileSecretStore(dir, codec)
    sealed.set('endpoint-1', 'sk-live-abcdef123456')
    const file = join(dir, 'secrets.json')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(readFileSync(file, 'utf8')).not.toContain('sk-live-abcdef123456')
    expect(sealed.get('endpoint-1')).toBe('sk-live-abcdef123456')
    sealed.delete('endpoint-1')
    expect(sealed.get('endpoint-1')).toBeNull()
  })

  it('reads keys saved before encryption was available, and seals new ones', () => {
    const dir = tempDir()
    new FileSecretStore(dir).set('old', 'sk-plain')
    const sealed = new FileSecretStore(dir, standInCodec())
    expect(sealed.get('old')).toBe('sk-plain')
    sealed.set('new', 'sk-sealed')
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).not.toContain('sk-sealed')
  })

  it('a key sealed by the desktop app gives a clear error where it cannot be opened (the host, another system key store)', () => {
    const dir = tempDir()
    new FileSecretStore(dir, standInCodec('electron-safe-storage:linux')).set('endpoint-1', 'sk-x')
    expect(() => new FileSecretStore(dir).get('endpoint-1')).toThrow(expect.objectContaining({ code: 'SECRET_UNREADABLE', message: expect.stringContaining('enter it again') }))
    expect(() => new FileSecretStore(dir, standInCodec('electron-safe-storage:darwin')).get('endpoint-1')).toThrow(expect.objectContaining({ code: 'SECRET_UNREADABLE' }))
  })
})
