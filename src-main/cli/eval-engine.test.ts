import { cpSync, existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { startOpenAiStandIn } from '../test-support/openai-stand-in'
import { runCli, runCliAsync } from '../test-support/spawn-cli'
import { useTempDirs } from '../test-support/temp-dir'

const spbench = fileURLToPath(new URL('../../../shared/data/spbench/', import.meta.url))
const hasShared = existsSync(spbench)
const tempDir = useTempDirs()

describe.skipIf(!hasShared)(`eval patient --engine patient${hasShared ? '' : ' (skipped: ../shared/data is missing)'}`, () => {
  let close: (() => Promise<void>) | undefined
  afterEach(() => close?.())

  it('replays a real consultation through the patient role’s endpoint and adapter', async () => {
    const stand = await startOpenAiStandIn({ pieces: ['这个我不太清楚。'] })
    close = stand.close
    const dir = tempDir()
    for (const folder of ['cases', 'transcripts']) {
      mkdirSync(join(dir, folder))
      cpSync(join(spbench, folder, '01.json'), join(dir, folder, '01.json'))
    }
    const data = join(dir, 'data')
    expect(runCli(['eval', 'patient', '--cases', join(dir, 'cases'), '--transcripts', join(dir, 'transcripts'), '--engine', 'patient', '--data', data]).stderr).toContain('no endpoint is assigned to the patient role')
    runCli(['engines', 'add', 'stand-in', stand.baseUrl, '--data', data])
    runCli(['engines', 'assign', 'patient', 'stand-in', 'qwen3-0.6b', '--adapter', 'patient-lora', '--data', data])
    const { status, stdout } = await runCliAsync(['eval', 'patient', '--cases', join(dir, 'cases'), '--transcripts', join(dir, 'transcripts'), '--engine', 'patient', '--data', data])
    expect(status).toBe(0)
    expect(stdout).toContain('overall (patient)')
    const chats = stand.requests.filter((request) => request.path === '/v1/chat/completions')
    expect(chats.length).toBeGreaterThanOrEqual(46)
    expect(chats.every((request) => request.model === 'patient-lora')).toBe(true)
  })
})
