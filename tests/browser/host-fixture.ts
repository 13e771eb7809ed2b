import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base } from '@playwright/test'

export interface Host {
  url: string
  dataDir: string
  /** Calls a procedure over the same HTTP API the page uses. */
  call<T>(path: string, input?: unknown): Promise<T>
}

/** One `cliniclab serve` (the built CLI, as a user runs it) on a temporary data folder per worker. */
export const test = base.extend<object, { host: Host }>({
  host: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first argument
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'cliniclab-browser-'))
      const child = spawn(process.execPath, ['bin/cliniclab.js', 'serve', '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
      const url = await waitForUrl(child)
      const call = async <T,>(path: string, input?: unknown): Promise<T> => {
        const response = await fetch(new URL(`/rpc/${path}`, url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input === undefined ? {} : { json: input })
        })
        const body = (await response.json()) as { json: T }
        if (!response.ok) throw new Error(`${path}: ${JSON.stringify(body)}`)
        return body.json
      }
      await use({ url, dataDir, call })
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
      rmSync(dataDir, { recursive: true, force: true })
    },
    { scope: 'worker' }
  ]
})

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /serving (http:\/\/\S+)/.exec(output)
      if (match?.[1]) resolve(match[1])
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`cliniclab serve exited (${code}):\n${output}`)))
  })
}

export { expect } from '@playwright/test'
