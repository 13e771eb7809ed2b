/**
 * A STAND-IN FOR vLLM, not vLLM: no vLLM can run on a machine without an
 * NVIDIA GPU, so the supervisor is tested against this program, which behaves
 * like `vllm serve` at its edges. It takes vLLM's arguments, prints vLLM-like
 * start-up lines, binds the port early (503 on /health until ready), serves
 * /health, /v1/models, /metrics and chat — the chat backed by the generated
 * tiny model through ClinicLab's own OpenAI-compatible server — and, when
 * STAND_IN_FAIL asks, fails the ways vLLM fails:
 *   oom            prints vLLM's out-of-memory lines and exits 1
 *   port           prints "Address already in use" and exits 1
 *   hang           prints a few lines, then nothing, never ready
 *   die-mid-stream exits abruptly in the middle of the first streamed answer
 *   ignore-sigterm keeps running after SIGTERM (the supervisor must kill the group)
 * With STAND_IN_ONCE=FILE the failure happens only in the first run (the file
 * marks it done), so a restarted stand-in works as vLLM would after a crash.
 * Usage: node --import tsx vllm-stand-in.ts serve MODEL --port P --api-key K --served-model-name NAME [...]
 */
import { existsSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { LlamaCppEngine } from '../engines/llama-cpp-engine'
import { engineResolver, OpenAiServer } from '../engines/openai-server'
import { ensureTinySet } from '../models/tiny-set'

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : undefined
}
const port = Number(option('--port'))
const apiKey = option('--api-key') ?? ''
const served = option('--served-model-name') ?? 'base'
const once = process.env.STAND_IN_ONCE
const fail = once && existsSync(once) ? '' : (process.env.STAND_IN_FAIL ?? '')
if (once && fail) writeFileSync(once, fail)
const log = (line: string): void => void process.stderr.write(`INFO ${new Date().toISOString()} [stand-in] ${line}\n`)

if (fail === 'ignore-sigterm') process.on('SIGTERM', () => log('SIGTERM received; ignoring it (stand-in mode ignore-sigterm)'))

log(`vLLM API server version 0.0.0-stand-in`)
log(`args: ${args.join(' ')}`)
if (fail === 'port') {
  process.stderr.write('ERROR [stand-in] OSError: [Errno 98] Address already in use\n')
  process.exit(1)
}

let ready = false
let requests = 0
let internal: { url: string; key: string } | null = null
const server = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0]
  if (path === '/health') {
    res.writeHead(ready ? 200 : 503).end()
    return
  }
  if (req.headers.authorization !== `Bearer ${apiKey}`) {
    res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Unauthorized' }))
    return
  }
  if (!ready || !internal) {
    res.writeHead(503).end()
    return
  }
  if (path === '/v1/models') {
    // vLLM lists the served name (the internal server would say "tiny").
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data: [{ id: served, object: 'model', owned_by: 'vllm', root: args[1] ?? '' }] }))
    return
  }
  if (path === '/metrics') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`vllm:num_requests_running{model_name="${served}"} ${requests}\nvllm:num_requests_waiting{model_name="${served}"} 0\nvllm:kv_cache_usage_perc{model_name="${served}"} 0.05\n`)
    return
  }
  // Everything else goes to ClinicLab's own server over the tiny model, with the served name mapped.
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    let body = Buffer.concat(chunks)
    if (body.length > 0) {
      const json = JSON.parse(body.toString()) as { model?: string }
      if (json.model === served) json.model = 'tiny'
      body = Buffer.from(JSON.stringify(json))
    }
    requests++
    const upstream = httpRequest(`${internal!.url}${path!.replace(/^\/v1/, '')}`, { method: req.method, headers: { 'content-type': 'application/json', authorization: `Bearer ${internal!.key}` } }, (reply) => {
      res.writeHead(reply.statusCode ?? 500, reply.headers)
      let pieces = 0
      reply.on('data', (chunk: Buffer) => {
        res.write(chunk)
        if (fail === 'die-mid-stream' && ++pieces === 4) {
          log('simulated crash mid-stream')
          process.kill(process.pid, 'SIGKILL')
        }
      })
      reply.on('end', () => {
        requests--
        res.end()
      })
    })
    upstream.end(body)
  })
})
server.listen(port, '127.0.0.1', () => log(`Started server process; listening on http://127.0.0.1:${port}`))

log('Loading model weights…')
if (fail === 'hang') {
  await sleep(100)
  log('Initializing engine core…')
  setInterval(() => undefined, 1 << 30)
} else {
  await sleep(200)
  if (fail === 'oom') {
    process.stderr.write('ERROR [stand-in] torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB\n')
    process.stderr.write('RuntimeError: Engine core initialization failed. See root cause above.\n')
    process.exit(1)
  }
  const tiny = await ensureTinySet(join(tmpdir(), 'cliniclab-tiny-models'))
  const engine = await LlamaCppEngine.load({ modelPath: tiny.model, name: 'tiny', gpu: false, threads: 1, contextSize: 1024, sequences: 2 })
  const openai = new OpenAiServer({ resolver: engineResolver(engine, 'stand-in') })
  await openai.listen()
  internal = { url: openai.baseUrl, key: openai.apiKey }
  ready = true
  log('Application startup complete.')
}
