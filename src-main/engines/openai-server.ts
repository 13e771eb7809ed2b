import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'
import { AppError, describeCause } from '../core/errors'
import type { ChatRequest, InferenceEngine, ModelRef, Sampling } from './engine-types'

/** What a model name in a request means: an engine, the weights on it, and sampling defaults (a role's). */
export interface ResolvedModel {
  engine: InferenceEngine
  ref: ModelRef
  sampling: Sampling
}

export interface ModelResolver {
  /** Every name a client may ask for: the active engine's models and adapters, and the roles. */
  names(): Promise<{ id: string; ownedBy: string; parent?: string }[]>
  resolve(name: string): Promise<ResolvedModel | null>
}

/** Serves exactly the models an engine lists, with no sampling defaults of its own. */
export function engineResolver(engine: InferenceEngine, ownedBy = 'cliniclab'): ModelResolver {
  return {
    names: async () => (await engine.models()).map((id) => ({ id, ownedBy })),
    resolve: async (name) => ((await engine.models()).includes(name) ? { engine, ref: { model: name }, sampling: {} } : null)
  }
}

const messageSchema = z.object({
  role: z.enum(['system', 'developer', 'user', 'assistant']),
  // Content parts (the newer OpenAI shape) are accepted when they are text.
  content: z.union([z.string(), z.array(z.object({ type: z.literal('text'), text: z.string() }))]).transform((content) => (typeof content === 'string' ? content : content.map((part) => part.text).join('')))
})

const chatBodySchema = z.object({
  model: z.string().min(1),
  messages: z.array(messageSchema).min(1),
  stream: z.boolean().optional(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).optional(),
  temperature: z.number().min(0).max(2).optional(),
  top_p: z.number().gt(0).max(1).optional(),
  max_tokens: z.number().int().positive().optional(),
  max_completion_tokens: z.number().int().positive().optional(),
  seed: z.number().int().optional(),
  response_format: z
    .union([
      z.object({ type: z.literal('text') }),
      z.object({ type: z.literal('json_schema'), json_schema: z.object({ name: z.string(), schema: z.record(z.string(), z.unknown()), strict: z.boolean().nullish() }) })
    ])
    .optional(),
  chat_template_kwargs: z.object({ enable_thinking: z.boolean().optional() }).optional()
})

const embeddingBodySchema = z.object({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(z.string()).min(1)])
})

/** 1 MiB of JSON is far beyond any chat this app makes; larger bodies are refused before parsing. */
const maxBodyBytes = 1 << 20

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string
  ) {
    super(message)
  }
}

export interface OpenAiServerOptions {
  resolver: ModelResolver
  /** Generated per start when not given; every request must carry it as a Bearer token. */
  apiKey?: string
  port?: number
}

/**
 * ClinicLab's own OpenAI-compatible API over whichever engine is active:
 * GET /v1/models, POST /v1/chat/completions (SSE streaming, json_schema
 * response format), POST /v1/embeddings. Bound to 127.0.0.1 only, and every
 * request needs the key, so other local tools can use the managed model and
 * nothing else on the network can.
 */
export class OpenAiServer {
  readonly apiKey: string
  readonly #server: Server
  readonly #resolver: ModelResolver
  #port: number | null = null

  constructor(options: OpenAiServerOptions) {
    this.apiKey = options.apiKey ?? `sk-cliniclab-${randomBytes(24).toString('base64url')}`
    this.#resolver = options.resolver
    this.#server = createServer((request, response) => {
      this.#handle(request, response).catch((error: unknown) => this.#fail(response, error))
    })
    this.#server.keepAliveTimeout = 5_000
  }

  async listen(port = 0): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject)
      this.#server.listen(port, '127.0.0.1', () => {
        this.#server.off('error', reject)
        resolve()
      })
    })
    this.#port = (this.#server.address() as AddressInfo).port
    return this.baseUrl
  }

  get baseUrl(): string {
    if (this.#port === null) throw new Error('the local API is not listening')
    return `http://127.0.0.1:${this.#port}/v1`
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    this.#authorize(request)
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.replace(/\/+$/, '')
    if (request.method === 'GET' && path === '/v1/models') {
      const names = await this.#resolver.names()
      return this.#json(response, 200, { object: 'list', data: names.map((name) => ({ id: name.id, object: 'model', created: 0, owned_by: name.ownedBy, ...(name.parent ? { parent: name.parent, root: name.parent } : {}) })) })
    }
    if (request.method === 'POST' && path === '/v1/chat/completions') return this.#chat(request, response, chatBodySchema.parse(await readJson(request)))
    if (request.method === 'POST' && path === '/v1/embeddings') return this.#embeddings(response, embeddingBodySchema.parse(await readJson(request)))
    throw new HttpError(404, 'not_found_error', `No route ${request.method} ${path}. This server offers GET /v1/models, POST /v1/chat/completions and POST /v1/embeddings.`)
  }

  #authorize(request: IncomingMessage): void {
    const given = Buffer.from((request.headers.authorization ?? '').replace(/^Bearer\s+/i, ''))
    const expected = Buffer.from(this.apiKey)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new HttpError(401, 'authentication_error', 'A valid API key is required (Authorization: Bearer <key>); ClinicLab shows it in Models & engines.')
  }

  async #model(name: string): Promise<ResolvedModel> {
    const resolved = await this.#resolver.resolve(name)
    if (resolved) return resolved
    const known = (await this.#resolver.names()).map((entry) => entry.id)
    throw new HttpError(404, 'not_found_error', `The model "${name}" does not exist here. Available: ${known.join(', ') || 'none (no engine is running)'}.`)
  }

  async #chat(request: IncomingMessage, response: ServerResponse, body: z.output<typeof chatBodySchema>): Promise<void> {
    const model = await this.#model(body.model)
    const abort = new AbortController()
    // The client hung up: stop generating at once.
    response.on('close', () => abort.abort())
    const maxTokens = body.max_completion_tokens ?? body.max_tokens
    const chatRequest: ChatRequest = {
      messages: body.messages.map((message) => ({ role: message.role === 'developer' ? 'system' : message.role, content: message.content })),
      sampling: {
        ...model.sampling,
        ...(body.temperature !== undefined ? { temperature: body.temperature } : {}),
        ...(body.top_p !== undefined ? { topP: body.top_p } : {}),
        ...(maxTokens !== undefined ? { maxTokens } : {}),
        ...(body.seed !== undefined ? { seed: body.seed } : {})
      },
      ...(body.response_format?.type === 'json_schema' ? { jsonSchema: { name: body.response_format.json_schema.name, schema: body.response_format.json_schema.schema } } : {}),
      ...(body.chat_template_kwargs?.enable_thinking !== undefined ? { thinking: body.chat_template_kwargs.enable_thinking } : {}),
      signal: abort.signal
    }
    const id = `chatcmpl-${randomBytes(12).toString('hex')}`
    const created = Math.floor(Date.now() / 1000)
    const parts = model.engine.chat(model.ref, chatRequest)
    if (body.stream) {
      response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' })
      response.flushHeaders()
      const send = (choices: unknown[], extra: Record<string, unknown> = {}): void => {
        response.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model, choices, ...extra })}\n\n`)
      }
      send([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }])
      for await (const part of parts) {
        if (part.type === 'text-delta') send([{ index: 0, delta: { content: part.text }, finish_reason: null }])
        else if (part.type === 'reasoning-delta') send([{ index: 0, delta: { reasoning_content: part.text }, finish_reason: null }])
        else if (part.type === 'usage') {
          if (body.stream_options?.include_usage) send([], { usage: usage(part.inputTokens, part.outputTokens) })
        } else if (part.type === 'finish') {
          if (part.reason === 'error') {
            // Mid-stream errors travel as an SSE error event, as OpenAI's own server sends them.
            response.write(`data: ${JSON.stringify({ error: { message: part.error ?? 'the engine failed', type: 'server_error' } })}\n\n`)
          } else if (part.reason !== 'aborted') send([{ index: 0, delta: {}, finish_reason: part.reason }])
        }
      }
      response.end('data: [DONE]\n\n')
      return
    }
    let text = ''
    let reasoning = ''
    let counts = { inputTokens: 0, outputTokens: 0 }
    for await (const part of parts) {
      if (part.type === 'text-delta') text += part.text
      else if (part.type === 'reasoning-delta') reasoning += part.text
      else if (part.type === 'usage') counts = part
      else if (part.type === 'finish') {
        if (part.reason === 'error') throw new HttpError(500, 'server_error', part.error ?? 'the engine failed')
        if (part.reason === 'aborted') return
        this.#json(response, 200, {
          id,
          object: 'chat.completion',
          created,
          model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content: text, ...(reasoning ? { reasoning_content: reasoning } : {}) }, finish_reason: part.reason }],
          usage: usage(counts.inputTokens, counts.outputTokens)
        })
      }
    }
  }

  async #embeddings(response: ServerResponse, body: z.output<typeof embeddingBodySchema>): Promise<void> {
    const model = await this.#model(body.model)
    const inputs = typeof body.input === 'string' ? [body.input] : body.input
    const vectors = await model.engine.embed(model.ref, inputs)
    this.#json(response, 200, { object: 'list', model: body.model, data: vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })), usage: { prompt_tokens: 0, total_tokens: 0 } })
  }

  #json(response: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body)
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
    response.end(text)
  }

  #fail(response: ServerResponse, error: unknown): void {
    const [status, type, message] =
      error instanceof HttpError
        ? [error.status, error.type, error.message]
        : error instanceof z.ZodError
          ? [400, 'invalid_request_error', error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ')]
          : error instanceof AppError
            ? [503, 'server_error', error.message]
            : [500, 'server_error', describeCause(error)]
    if (response.headersSent) {
      response.end()
      return
    }
    this.#json(response, status, { error: { message, type, code: error instanceof AppError ? error.code : null } })
  }
}

function usage(input: number, output: number): { prompt_tokens: number; completion_tokens: number; total_tokens: number } {
  return { prompt_tokens: input, completion_tokens: output, total_tokens: input + output }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBodyBytes) throw new HttpError(413, 'invalid_request_error', `The request body is larger than ${maxBodyBytes} bytes.`)
    chunks.push(chunk)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch (error) {
    throw new HttpError(400, 'invalid_request_error', `The body is not JSON: ${describeCause(error)}`)
  }
}
