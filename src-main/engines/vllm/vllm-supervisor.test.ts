import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { collect } from '../collect'
import { useTempDirs } from '../../test-support/temp-dir'
import { tinyModels } from '../../test-support/tiny-models'
import { VllmSupervisor, type SupervisorOptions } from './vllm-supervisor'

// Every test here runs the supervisor against the vLLM STAND-IN (test-support/vllm-stand-in.ts), not vLLM.
const standIn = fileURLToPath(new URL('../../test-support/vllm-stand-in.ts', import.meta.url))
const tempDir = useTempDirs()
const running: VllmSupervisor[] = []

beforeAll(async () => {
  await tinyModels()
}, 60_000)
afterEach(async () => {
  for (const supervisor of running.splice(0)) await supervisor.dispose()
  delete process.env.STAND_IN_FAIL
})

function supervisor(fail: string, overrides: Partial<SupervisorOptions> = {}): VllmSupervisor {
  process.env.STAND_IN_FAIL = fail
  const made = new VllmSupervisor({
    settings: { mode: 'native', executable: process.execPath, prefixArgs: ['--import', 'tsx', standIn], model: '/models/qwen3', servedName: 'base', maxModelLen: 1024, gpuMemoryUtilization: 0.8, adapters: [] },
    runDir: join(tempDir(), 'run'),
    stallMs: 20_000,
    stopGraceMs: 1_000,
    restart: { maxAttempts: 2, baseDelayMs: 100 },
    ...overrides
  })
  running.push(made)
  return made
}

describe('vLLM supervisor against the stand-in', () => {
  it('starts, becomes ready, streams chat through its OpenAI API, reports metrics, and stops the whole group', async () => {
    const states: string[] = []
    const server = supervisor('', { onStatus: (status) => states.push(status.state) })
    await server.start()
    expect(server.status()).toMatchObject({ state: 'ready', restarts: 0, cause: null })
    expect(server.status().baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/)
    const engine = server.engine()!
    expect(await engine.models()).toEqual(['base'])
    const answer = await collect(engine.chat({ model: 'base' }, { messages: [{ role: 'user', content: 'hi' }], sampling: { maxTokens: 6 } }))
    expect(answer.reason).toBe('length')
    expect((await server.metrics())?.kvCacheUsage).toBe(0.05)
    expect(server.logTail.some((line) => line.includes('Application startup complete'))).toBe(true)
    const pid = server.status().pid!
    await server.stop()
    expect(server.status().state).toBe('idle')
    expect(() => process.kill(pid, 0)).toThrow()
    expect(states).toEqual(['starting', 'ready', 'stopping', 'idle'])
  })

  it('an out-of-memory failure is explained in plain words and not restarted', async () => {
    const server = supervisor('oom')
    await expect(server.start()).rejects.toMatchObject({ code: 'VLLM_GPU_MEMORY' })
    expect(server.status()).toMatchObject({ state: 'crashed', restarts: 0, cause: { code: 'GPU_MEMORY', line: expect.stringContaining('CUDA out of memory') } })
    expect(server.status().cause?.fix).toMatch(/smaller|GPU memory/)
  })

  it('port in use is restarted on a fresh port, then reported when it keeps failing', async () => {
    const server = supervisor('port')
    await expect(server.start()).rejects.toMatchObject({ code: 'VLLM_PORT_IN_USE' })
    expect(server.status()).toMatchObject({ state: 'crashed', restarts: 2, cause: { code: 'PORT_IN_USE' } })
  })

  it('a server that hangs during start is killed after the stall timeout and restarted', async () => {
    const server = supervisor('hang', { stallMs: 1_500, restart: { maxAttempts: 1, baseDelayMs: 50 } })
    await expect(server.start()).rejects.toMatchObject({ code: 'VLLM_STALLED' })
    expect(server.status()).toMatchObject({ state: 'crashed', restarts: 1, cause: { code: 'STALLED' } })
  })

  it('a server that ignores SIGTERM is killed with its group after the grace period', async () => {
    const server = supervisor('ignore-sigterm')
    await server.start()
    const pid = server.status().pid!
    await server.stop()
    expect(server.logTail.some((line) => line.includes('ignored SIGTERM'))).toBe(true)
    expect(() => process.kill(pid, 0)).toThrow()
  })

  it('dying mid-answer ends that answer with an error and the supervisor restarts the server', async () => {
    const states: string[] = []
    const server = supervisor('die-mid-stream', { onStatus: (status) => states.push(status.state) })
    await server.start()
    const answer = await collect(server.engine()!.chat({ model: 'base' }, { messages: [{ role: 'user', content: 'hi' }], sampling: { maxTokens: 200 } }))
    expect(answer.reason).toBe('error')
    await expect.poll(() => server.status().restarts, { timeout: 10_000 }).toBe(1)
    await expect.poll(() => server.status().state, { timeout: 20_000 }).toBe('ready')
    expect(server.status()).toMatchObject({ cause: null, lastCrash: { code: 'EXITED' } })
    expect(states).toEqual(expect.arrayContaining(['crashed', 'starting', 'ready']))
  })

  it('sweeps a server that a previous run left behind, from the PID registry', async () => {
    const runDir = join(tempDir(), 'run')
    const server = supervisor('', { runDir })
    await server.start()
    const pid = server.status().pid!
    // As if ClinicLab had crashed: the registry still names the server, which still runs.
    expect(VllmSupervisor.sweepOrphans(runDir)).toEqual([pid])
    await expect.poll(() => {
      try {
        process.kill(pid, 0)
        return 'alive'
      } catch {
        return 'gone'
      }
    }).toBe('gone')
  })
})
