import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, type WriteStream } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { OpenAiEngine } from '../openai-engine'
import { buildVllmCommand, type VllmSettings } from './vllm-command'
import { classifyFailure, type FailureCause } from './vllm-failures'
import { parseVllmMetrics, type VllmMetrics } from './vllm-metrics'

export type SupervisorState = 'idle' | 'starting' | 'ready' | 'degraded' | 'crashed' | 'stopping'

export interface SupervisorCause {
  code: FailureCause['code'] | 'STALLED' | 'EXITED' | 'SPAWN_FAILED'
  cause: string
  fix: string
  line: string | null
}

export interface SupervisorStatus {
  state: SupervisorState
  pid: number | null
  baseUrl: string | null
  restarts: number
  cause: SupervisorCause | null
  /** Why the last automatic restart happened, kept after the server is ready again. */
  lastCrash: SupervisorCause | null
  /** Crashed, with a restart scheduled (as opposed to given up). */
  restarting: boolean
}

export interface SupervisorOptions {
  settings: VllmSettings
  /** Where the PID registry lives (one file per launched server). */
  runDir: string
  logFile?: string
  /** No ready answer and no new log line for this long = hung (first starts may log for 10+ minutes, and that is fine). */
  stallMs?: number
  /** SIGTERM, then this long, then SIGKILL to the whole process group. */
  stopGraceMs?: number
  restart?: { maxAttempts: number; baseDelayMs: number }
  pollMs?: number
  onStatus?: (status: SupervisorStatus) => void
  /** Every line vLLM prints (and the supervisor's own notes), as it arrives. */
  onLine?: (line: string) => void
}

/** Causes a restart will not cure: configuration or hardware, so the supervisor stops and says why. */
const permanent = new Set<SupervisorCause['code']>(['GPU_MEMORY', 'KV_CACHE_TOO_SMALL', 'CUDA_MISSING', 'LORA_RANK', 'SPAWN_FAILED'])

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Supervises `vllm serve` as a child in its own process group: a fresh port
 * and API key per launch, readiness by polling /v1/models under a stall
 * timeout that waits as long as the log moves, failure lines turned into a
 * cause and a fix, restart with backoff after a crash, stop = SIGTERM, grace,
 * SIGKILL to the group (vLLM's EngineCore/Worker children hold GPU memory),
 * and a PID registry so a restarted ClinicLab sweeps servers it left behind.
 */
export class VllmSupervisor {
  readonly logTail: string[] = []
  #state: SupervisorState = 'idle'
  #child: ChildProcess | null = null
  #port: number | null = null
  #apiKey = ''
  #restarts = 0
  #cause: SupervisorCause | null = null
  #lastCrash: SupervisorCause | null = null
  #lastProgress = 0
  #log: WriteStream | null = null
  #stopping = false
  #restartTimer: NodeJS.Timeout | null = null
  #client: { apiKey: string; engine: OpenAiEngine } | null = null
  #waiters: { resolve: () => void; reject: (error: Error) => void }[] = []

  constructor(private readonly options: SupervisorOptions) {
    mkdirSync(options.runDir, { recursive: true })
    if (options.logFile) this.#log = createWriteStream(options.logFile, { flags: 'a' })
  }

  status(): SupervisorStatus {
    return { state: this.#state, pid: this.#child?.pid ?? null, baseUrl: this.#port ? `http://127.0.0.1:${this.#port}/v1` : null, restarts: this.#restarts, cause: this.#cause, lastCrash: this.#lastCrash, restarting: this.#restartTimer !== null }
  }

  /** The server as an engine while it is ready. */
  engine(): OpenAiEngine | null {
    if (this.#state !== 'ready' || !this.#port) return null
    // Every role call asks for it; one client per launch (each has its own key, the port may repeat).
    if (this.#client?.apiKey !== this.#apiKey) this.#client = { apiKey: this.#apiKey, engine: new OpenAiEngine({ baseUrl: `http://127.0.0.1:${this.#port}/v1`, apiKey: this.#apiKey }) }
    return this.#client.engine
  }

  /** Kills process groups that an earlier ClinicLab started and did not stop (it crashed or was killed). */
  static sweepOrphans(runDir: string): number[] {
    const swept: number[] = []
    for (const file of readdirSync(runDir, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.startsWith('vllm-'))) {
      const path = join(runDir, file.name)
      try {
        const { pid } = JSON.parse(readFileSync(path, 'utf8')) as { pid: number }
        if (alive(pid)) {
          try {
            process.kill(-pid, 'SIGKILL')
          } catch {
            process.kill(pid, 'SIGKILL')
          }
          swept.push(pid)
        }
      } finally {
        rmSync(path, { force: true })
      }
    }
    return swept
  }

  /** Starts and resolves once ready; rejects with the cause when it cannot get there. */
  start(): Promise<void> {
    this.#stopping = false
    this.#restarts = 0
    this.#lastCrash = null
    const ready = new Promise<void>((resolve, reject) => this.#waiters.push({ resolve, reject }))
    void this.#launch()
    return ready
  }

  async #launch(): Promise<void> {
    this.#cause = null
    this.#set('starting')
    this.#port = await freePort()
    this.#apiKey = randomBytes(24).toString('base64url')
    const launch = buildVllmCommand(this.options.settings, { port: this.#port, apiKey: this.#apiKey })
    this.#line(`$ ${launch.command} ${launch.args.join(' ')}`)
    let child: ChildProcess
    try {
      child = spawn(launch.command, launch.args, { env: { ...process.env, ...launch.env }, detached: process.platform !== 'win32', stdio: ['ignore', 'pipe', 'pipe'] })
    } catch (error) {
      return this.#fail({ code: 'SPAWN_FAILED', cause: `Could not run ${launch.command}: ${String(error)}`, fix: 'Check that vLLM is installed (pip install vllm) and on the PATH, or the WSL distribution name.', line: null })
    }
    this.#child = child
    child.once('error', (error) => this.#fail({ code: 'SPAWN_FAILED', cause: `Could not run ${launch.command}: ${error.message}`, fix: 'Check that vLLM is installed (pip install vllm) and on the PATH, or the WSL distribution name.', line: null }))
    if (child.pid) writeFileSync(join(this.options.runDir, `vllm-${child.pid}.json`), JSON.stringify({ pid: child.pid, startedAt: new Date().toISOString() }))
    for (const stream of [child.stdout!, child.stderr!]) createInterface({ input: stream }).on('line', (line) => this.#line(line))
    this.#lastProgress = Date.now()
    child.once('exit', (code, signal) => this.#exited(child, code, signal))
    void this.#pollReady(child)
  }

  async #pollReady(child: ChildProcess): Promise<void> {
    const stallMs = this.options.stallMs ?? 600_000
    while (this.#child === child && this.#state === 'starting') {
      try {
        const response = await fetch(`http://127.0.0.1:${this.#port}/v1/models`, { headers: { authorization: `Bearer ${this.#apiKey}` }, signal: AbortSignal.timeout(2_000) })
        if (response.ok) {
          this.#set('ready')
          for (const waiter of this.#waiters.splice(0)) waiter.resolve()
          return
        }
      } catch {
        // not listening yet
      }
      if (Date.now() - this.#lastProgress > stallMs) {
        this.#cause = { code: 'STALLED', cause: `vLLM printed nothing and did not become ready for ${Math.round(stallMs / 1000)} s.`, fix: 'It was restarted. If it hangs again, check the log for the last step it reached (downloads and compilation can be slow the first time: raise the start-up timeout).', line: this.logTail.at(-1) ?? null }
        this.#killGroup(child, 'SIGKILL')
        return
      }
      await new Promise((resolve) => setTimeout(resolve, this.options.pollMs ?? 250))
    }
  }

  #exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (child.pid) rmSync(join(this.options.runDir, `vllm-${child.pid}.json`), { force: true })
    if (this.#child !== child) return
    this.#child = null
    if (this.#stopping) {
      this.#set('idle')
      return
    }
    const cause: SupervisorCause = this.#cause ?? classifyFailure(this.logTail) ?? { code: 'EXITED', cause: `vLLM exited unexpectedly (${signal ? `signal ${signal}` : `code ${code}`}).`, fix: 'It is restarted automatically; the log shows what it printed last.', line: this.logTail.at(-1) ?? null }
    const attempts = this.options.restart ?? { maxAttempts: 3, baseDelayMs: 1_000 }
    if (permanent.has(cause.code) || this.#restarts >= attempts.maxAttempts) return this.#fail(cause)
    this.#cause = cause
    this.#lastCrash = cause
    const delay = attempts.baseDelayMs * 2 ** this.#restarts
    this.#restarts++
    this.#line(`[supervisor] ${cause.cause} Restarting in ${delay} ms (attempt ${this.#restarts} of ${attempts.maxAttempts}).`)
    this.#restartTimer = setTimeout(() => {
      this.#restartTimer = null
      void this.#launch()
    }, delay)
    this.#set('crashed')
  }

  #fail(cause: SupervisorCause): void {
    this.#cause = cause
    if (this.#child) this.#killGroup(this.#child, 'SIGKILL')
    this.#child = null
    this.#set('crashed')
    const error = Object.assign(new Error(`${cause.cause} ${cause.fix}`), { code: `VLLM_${cause.code}`, cause })
    for (const waiter of this.#waiters.splice(0)) waiter.reject(error)
  }

  /** SIGTERM to the group, a grace period, then SIGKILL to whatever is left of it. */
  async stop(): Promise<void> {
    this.#stopping = true
    if (this.#restartTimer) clearTimeout(this.#restartTimer)
    this.#restartTimer = null
    const child = this.#child
    if (!child) {
      this.#set('idle')
      return
    }
    this.#set('stopping')
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    this.#killGroup(child, 'SIGTERM')
    const graceful = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), this.options.stopGraceMs ?? 15_000))])
    if (!graceful) {
      this.#line('[supervisor] vLLM ignored SIGTERM; killing its process group.')
      this.#killGroup(child, 'SIGKILL')
      await exited
    }
    for (const waiter of this.#waiters.splice(0)) waiter.reject(new Error('stopped before it was ready'))
  }

  async metrics(): Promise<VllmMetrics | null> {
    if (this.#state !== 'ready') return null
    const response = await fetch(`http://127.0.0.1:${this.#port}/metrics`, { headers: { authorization: `Bearer ${this.#apiKey}` }, signal: AbortSignal.timeout(2_000) })
    return response.ok ? parseVllmMetrics(await response.text()) : null
  }

  /** Runtime adapter loading (needs `runtimeLora`, which sets VLLM_ALLOW_RUNTIME_LORA_UPDATING). */
  async loadAdapter(name: string, path: string): Promise<void> {
    const response = await fetch(`http://127.0.0.1:${this.#port}/v1/load_lora_adapter`, { method: 'POST', headers: { authorization: `Bearer ${this.#apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ lora_name: name, lora_path: path }) })
    if (!response.ok) throw new Error(`vLLM refused to load ${name}: ${await response.text()}`)
  }

  async dispose(): Promise<void> {
    await this.stop()
    this.#log?.end()
  }

  #killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
    if (!child.pid) return
    try {
      process.kill(process.platform === 'win32' ? child.pid : -child.pid, signal)
    } catch {
      child.kill(signal)
    }
  }

  #line(printed: string): void {
    // vLLM echoes its arguments (the key among them) when it starts; the key stays out of the log, the view and the file.
    const line = this.#apiKey ? printed.replaceAll(this.#apiKey, '<key>') : printed
    this.#lastProgress = Date.now()
    this.logTail.push(line)
    if (this.logTail.length > 500) this.logTail.shift()
    if (this.#log?.writable) this.#log.write(`${line}\n`)
    this.options.onLine?.(line)
  }

  #set(state: SupervisorState): void {
    this.#state = state
    this.options.onStatus?.(this.status())
  }
}
