import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Where endpoint API keys are kept: never in SQLite, never in logs. */
export interface SecretStore {
  get(id: string): string | null
  set(id: string, secret: string): void
  delete(id: string): void
}

/**
 * Keys in `<data>/secrets.json`, readable and writable only by the user
 * (mode 0600), written atomically. The desktop app wraps each value with
 * Electron's safeStorage on top of this (see app/); the host and CLI rely on
 * the file mode, as ssh does for its keys.
 */
export class FileSecretStore implements SecretStore {
  readonly #file: string

  constructor(
    dataDir: string,
    private readonly codec: { encode(plain: string): string; decode(stored: string): string } = { encode: (plain) => plain, decode: (stored) => stored }
  ) {
    this.#file = join(dataDir, 'secrets.json')
  }

  get(id: string): string | null {
    const stored = this.#read()[id]
    return stored === undefined ? null : this.codec.decode(stored)
  }

  set(id: string, secret: string): void {
    this.#write({ ...this.#read(), [id]: this.codec.encode(secret) })
  }

  delete(id: string): void {
    const { [id]: _removed, ...rest } = this.#read()
    this.#write(rest)
  }

  #read(): Record<string, string> {
    if (!existsSync(this.#file)) return {}
    return JSON.parse(readFileSync(this.#file, 'utf8')) as Record<string, string>
  }

  #write(values: Record<string, string>): void {
    const temp = `${this.#file}.tmp`
    writeFileSync(temp, JSON.stringify(values), { mode: 0o600 })
    chmodSync(temp, 0o600)
    renameSync(temp, this.#file)
  }
}
