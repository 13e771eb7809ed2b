import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface StandInOptions {
  /** What the "model" says, piece by piece. */
  pieces: string[]
  reasoning?: string[]
  /** Milliseconds between pieces. */
  delayMs?: number
  finishReason?: 'stop' | 'length'
  /** Answer every chat with this HTTP status and error instead. */
  failWith?: { status: number; message: string }
}

/**
 * A small OpenAI-compatible server speaking the real wire format (SSE chunks,
 * usage in the last chunk, /v1/models, /v1/embeddings), standing in for a
 * remote endpoint in tests; it records every request body it receives.
 */
export async function startOpenAiStandIn(options: StandInOptions): Promise<{ baseUrl: string; requests: Record<string, unknown>[]; closedEarly: () => boolean; close(): Promise<void> }> {
  const requests: Record<string, unknown>[] = []
  let closedEarly = false
  const server: Server = createServer((request, response) => {
    void (async () => {
      const body = request.method === 'POST' ? (JSON.parse(await read(request)) as Record<string, unknown>) : {}
      requests.push({ path: request.url, auth: request.headers.authorization, ...body })
      if (request.url === '/v1/models') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data: [{ id: 'qwen3-0.6b', object: 'model', created: 0, owned_by: 'test' }, { id: 'patient-lora', object: 'model', created: 0, owned_by: 'test' }] }))
        return
      }
      if (request.url === '/v1/embeddings') {
        const input = body.input as string[]
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', model: body.model, data: input.map((text, index) => ({ object: 'embedding', index, embedding: [text.length, index, 1] })).reverse(), usage: { prompt_tokens: 1, total_tokens: 1 } }))
        return
      }
      if (options.failWith) {
        response.writeHead(options.failWith.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: options.failWith.message, type: 'server_error' } }))
        return
      }
      response.writeHead(200, { 'content-type': 'text/event-stream' })
      response.on('close', () => {
        if (!response.writableFinished) closedEarly = true
      })
      const send = (delta: Record<string, unknown>, finish: string | null = null, usage?: unknown) =>
        response.write(`data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 0, model: body.model, choices: usage ? [] : [{ index: 0, delta, finish_reason: finish }], ...(usage ? { usage } : {}) })}\n\n`)
      const pause = () => new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 0))
      for (const piece of options.reasoning ?? []) {
        if (closedEarly) return
        send({ reasoning_content: piece })
        await pause()
      }
      for (const piece of options.pieces) {
        if (closedEarly) return
        send({ content: piece })
        await pause()
      }
      send({}, options.finishReason ?? 'stop')
      send({}, null, { prompt_tokens: 12, completion_tokens: options.pieces.length + (options.reasoning?.length ?? 0), total_tokens: 12 + options.pieces.length })
      response.end('data: [DONE]\n\n')
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    closedEarly: () => closedEarly,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

async function read(request: IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of request) text += String(chunk)
  return text
}
