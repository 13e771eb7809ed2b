import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { EmbedderSettings } from '../contract/knowledge'
import { createCore, type Core } from '../core/create-core'
import { AppError } from '../core/errors'
import { describeEmbedder } from './kb-commands'
import { waitForIndexing } from './kb-progress'
import { UsageError } from './run-command'

const usage = 'none | onnx FOLDER [--quantized] | gguf MODEL | engine ENDPOINT MODEL'

function settingsFrom(core: Core, kind: string, args: string[], quantized: boolean): EmbedderSettings {
  const want = (count: number) => {
    if (args.length !== count) throw new UsageError(`kb embedder ${kind} takes ${count === 1 ? 'one argument' : `${count} arguments`}: ${usage}.`)
  }
  switch (kind) {
    case 'none':
      want(0)
      return { kind: 'none' }
    case 'onnx': {
      want(1)
      // Absolute: the path is the embedder's identity, stored with every collection it embedded.
      const folder = resolve(args[0]!)
      if (!existsSync(folder)) throw new UsageError(`No folder ${folder}.`)
      return { kind: 'onnx', folder, quantized }
    }
    case 'gguf':
      want(1)
      return { kind: 'gguf', model: args[0]! }
    case 'engine': {
      want(2)
      const endpoint = core.roles.endpoints().find((entry) => entry.id === args[0] || entry.name === args[0])
      if (!endpoint) throw new UsageError(`No endpoint "${args[0]}"; see \`cliniclab engines list\`.`)
      return { kind: 'engine', endpointId: endpoint.id, model: args[1]! }
    }
    default:
      throw new UsageError(`Unknown embedder "${kind}": ${usage}.`)
  }
}

/**
 * `cliniclab kb embedder [KIND …]`: shows the embedder, or sets it. A new one
 * is opened first (a folder that does not load leaves the old choice in
 * place), then every collection embedded by another is embedded again, with
 * progress; Ctrl-C stops and the work resumes at the next start.
 */
export async function kbEmbedderCommand(dataDir: string, kind: string | undefined, args: string[], options: { quantized?: boolean }): Promise<void> {
  const core = createCore({ dataDir })
  const stop = new AbortController()
  const interrupt = (): void => stop.abort()
  process.once('SIGINT', interrupt)
  try {
    if (!kind) {
      process.stdout.write(`${describeEmbedder(core.embedders.status())}\n`)
      return
    }
    const settings = settingsFrom(core, kind, args, options.quantized ?? false)
    const previous = core.embedders.status().settings
    await core.embedders.set(settings)
    try {
      await core.embedders.current()
    } catch (error) {
      await core.embedders.set(previous)
      throw error
    }
    const status = core.embedders.status()
    process.stdout.write(`Embedder: ${describeEmbedder(status)}\n`)
    const queued = await core.knowledge.reembedAll()
    if (queued > 0) process.stderr.write(`Embedding ${queued} document(s) again with the new embedder…\n`)
    if (!(await waitForIndexing(core.knowledge, stop.signal))) {
      throw new AppError('KB_INDEXING_STOPPED', 'Stopped. The embedder is set; the documents not yet embedded again resume the next time ClinicLab runs (the app, or this command again).', {})
    }
    if (queued > 0) process.stdout.write(`Embedded ${queued} document(s) again.\n`)
    const failed = core.knowledge.status().documents.filter((doc) => doc.state === 'failed')
    for (const doc of failed) process.stderr.write(`  failed ${doc.name}: ${doc.errorCode}: ${doc.errorMessage}\n`)
  } finally {
    process.off('SIGINT', interrupt)
    await core.dispose()
  }
}
