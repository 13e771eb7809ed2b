import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FakeHuggingFace } from '../test-support/fake-hf-server'
import { runCliAsync } from '../test-support/spawn-cli'
import { useTempDirs } from '../test-support/temp-dir'
import { tinyModels } from '../test-support/tiny-models'

// Hugging Face here is the STAND-IN (test-support/fake-hf-server.ts), reached through HF_ENDPOINT as a mirror would be.
const tempDir = useTempDirs()
let hf: FakeHuggingFace
let sha: string

beforeAll(async () => {
  const tiny = await tinyModels()
  hf = await FakeHuggingFace.start()
  sha = hf.host('Qwen/Qwen3-Tiny-GGUF', 'qwen3-tiny-Q8_0.gguf', await readFile(tiny.model))
}, 60_000)
afterAll(() => hf.close())

describe('cliniclab models', () => {
  it('downloads an hf: URI into the models folder with its checksum verified, then lists it', async () => {
    const dataDir = tempDir()
    const env = { HF_ENDPOINT: hf.endpoint }
    const download = await runCliAsync(['models', 'download', 'hf:Qwen/Qwen3-Tiny-GGUF:Q8_0', '--data', dataDir], env)
    expect(download.stderr).toContain('a network request, as asked')
    expect(download.status).toBe(0)
    expect(download.stdout).toContain(`qwen3-tiny-Q8_0.gguf  sha256 ${sha} (verified)`)
    const list = await runCliAsync(['models', 'list', '--json', '--data', dataDir])
    const { entries } = JSON.parse(list.stdout) as { entries: { id: string; summary: { kind: string; architecture: string } | null }[] }
    expect(entries).toEqual([expect.objectContaining({ id: 'qwen3-tiny-Q8_0.gguf', summary: expect.objectContaining({ kind: 'model', architecture: 'llama' }) })])
  }, 60_000)

  it('refuses a file whose SHA-256 is not the one given, and leaves nothing in the models folder', async () => {
    const dataDir = tempDir()
    const wrong = 'f'.repeat(64)
    const download = await runCliAsync(['models', 'download', 'hf:Qwen/Qwen3-Tiny-GGUF/qwen3-tiny-Q8_0.gguf', '--sha256', wrong, '--data', dataDir], { HF_ENDPOINT: hf.endpoint })
    expect(download.status).toBe(1)
    expect(download.stderr).toContain('DOWNLOAD_CHECKSUM_MISMATCH')
    const list = await runCliAsync(['models', 'list', '--json', '--data', dataDir])
    expect((JSON.parse(list.stdout) as { entries: unknown[] }).entries).toEqual([])
  }, 60_000)

  it('says clearly when a file does not exist', async () => {
    const download = await runCliAsync(['models', 'download', 'hf:Qwen/Qwen3-Tiny-GGUF/missing.gguf', '--data', tempDir()], { HF_ENDPOINT: hf.endpoint })
    expect(download.status).toBe(1)
    expect(download.stderr).toMatch(/DOWNLOAD_NOT_FOUND: .*missing\.gguf/)
  }, 60_000)
})
