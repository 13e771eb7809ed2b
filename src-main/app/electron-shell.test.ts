import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Electron ≥ 42 downloads its binary on first use; on an offline machine it is simply absent. */
function electronBinary(): string | null {
  const pathFile = join(root, 'node_modules/electron/path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()
const reason = 'skipped: no Electron binary on this machine (node_modules/electron/dist is missing; it downloads on first `npm start` where the network allows)'

describe.skipIf(!binary)(`the Electron shell (${binary ? 'binary found' : reason})`, () => {
  it('opens one sandboxed window whose renderer reaches the core over a MessagePort', async () => {
    const { _electron } = await import('@playwright/test')
    const app = await _electron.launch({ executablePath: binary!, args: [join(root, 'out/main/index.js')], env: { ...process.env, CLINICLAB_DATA: join(root, 'test-results/electron-data') } })
    try {
      const window = await app.firstWindow()
      await window.waitForSelector('[data-testid="engine-status"]')
      const exposed = await window.evaluate(() => Object.keys(window).filter((key) => /ipc|electron|require/i.test(key)))
      expect(exposed).toEqual([])
      // With sandbox and context isolation the page sees no Node at all.
      expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
      await window.click('a[data-view="settings"]')
      await window.click('[data-testid="stream-start"]')
      await window.waitForFunction(
        () => Number((globalThis as unknown as { document: { querySelector(s: string): { getAttribute(a: string): string | null } | null } }).document.querySelector('[data-testid="stream-status"]')?.getAttribute('data-count')) >= 2
      )
      await window.click('[data-testid="stream-cancel"]')
    } finally {
      await app.close()
    }
  })
})
