import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../core/errors'

/** Where endpoint API keys are kept: never in SQLite, never in logs. */
export interface SecretStore {
  get(id: string): string | null
  set(id: string, secret: string): void
  delete(id: string): void
}

/**
 * Encryption by the operating system's key store: Electron's safeStorage
 * (Keychain, DPAPI, libsecret/kwallet) in the desktop app. The headless host
 * has none; there the file mode alone protects the keys, as it does ssh keys.
 */
export interface SecretCodec {
  /** A name stored with each value, so a value is only ever opened by what sealed it. */
  readonly scheme: string
  encrypt(plain: string): Buffer
  decrypt(sealed: Buffer): string
}

export class SecretUnreadableError extends AppError<{ id: string; scheme: string }> {
  constructor(id: string, scheme: string) {
    super('SECRET_UNREADABLE', `The key for endpoint ${id} was encrypted by the desktop app's system key store (${scheme}) and cannot be read here; enter it again, or use the desktop app.`, { id, scheme })
  }
}

/** A value on disk: plain text, or sealed by a codec and base64-encoded. */
type Stored = string | { scheme: string; sealed: string }

/**
 * Keys in `<data>/secrets.json`, readable and writable only by the user
 * (mode 0600), written atomically; each value also encrypted when a codec is
 * given (the desktop app passes safeStorage's).
 */
export class FileSecretStore implements SecretStore {
  readonly #file: string

  constructor(
    dataDir: string,
    private readonly codec: SecretCodec | null = null
  ) {
    this.#file = join(dataDir, 'secrets.json')
  }

  get(id: string): string | null {
    const stored = this.#read()[id]
    if (stored === undefined) return null
    if (typeof stored === 'string') return stored
    if (!this.codec || this.codec.scheme !== stored.scheme) throw new SecretUnreadableError(id, stored.scheme)
    return this.codec.decrypt(Buffer.from(stored.sealed, 'base64'))
  }

  set(id: string, secret: string): void {
    const value: Stored = this.codec ? { scheme: this.codec.scheme, sealed: this.codec.encrypt(secret).toString('base64') } : secret
    this.#write({ ...this.#read(), [id]: value })
  }

  delete(id: string): void {
    const { [id]: _removed, ...rest } = this.#read()
    this.#write(rest)
  }

  #read(): Record<string, Stored> {
    if (!existsSync(this.#file)) return {}
    return JSON.parse(readFileSync(this.#file, 'utf8')) as Record<string, Stored>
  }

  #write(values: Record<string, Stored>): void {
    const temp = `${this.#file}.tmp`
    writeFileSync(temp, JSON.stringify(values), { mode: 0o600 })
    chmodSync(temp, 0o600)
    renameSync(temp, this.#file)
  }
}
