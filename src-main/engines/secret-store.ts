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
 * (mode 0600), written atomically; protected by the file mode, as ssh keys
 * are. Encrypting the values with Electron's safeStorage in the desktop app
 * is still to do.
 */
export class FileSecretStore implements SecretStore {
  readonly #file: string

  constructor(dataDir: string) {
    this.#file = join(dataDir, 'secrets.json')
  }

  get(id: string): string | null {
    const stored = this.#read()[id]
    return stored ?? null
  }

  set(id: string, secret: string): void {
    this.#write({ ...this.#read(), [id]: secret })
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
