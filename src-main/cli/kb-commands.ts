import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { CollectionView, EmbedderStatus, SearchResult } from '../contract/knowledge'
import { createCore, type Core } from '../core/create-core'
import { AppError } from '../core/errors'
import { DuplicateDocumentError, KnowledgeNotFoundError } from '../knowledge/knowledge-service'
import { waitForIndexing } from './kb-progress'
import { reportError, UsageError } from './run-command'

export const DEFAULT_COLLECTION = 'My guidelines'

/** A collection by id, or else by name. */
export function findCollection(core: Core, nameOrId: string): CollectionView | null {
  const collections = core.knowledge.status().collections
  return collections.find((row) => row.id === nameOrId) ?? collections.find((row) => row.name === nameOrId) ?? null
}

function requireCollection(core: Core, nameOrId: string): CollectionView {
  const found = findCollection(core, nameOrId)
  if (!found) throw new KnowledgeNotFoundError('collection', nameOrId)
  return found
}

export function describeEmbedder(status: EmbedderStatus): string {
  if (!status.id) return 'none (search is full-text only)'
  const detail = status.state === 'failed' && status.error ? `failed: ${status.error.code}: ${status.error.message}` : status.dimensions ? `${status.state}, ${status.dimensions} dimensions` : status.state
  return `${status.id} (${detail})`
}

/** `cliniclab kb list`: collections with their counts and embedder, and each document's state. */
export async function kbListCommand(dataDir: string, options: { json?: boolean }): Promise<void> {
  const core = createCore({ dataDir })
  try {
    const status = core.knowledge.status()
    if (options.json) {
      const { current: _current, ...rest } = status
      process.stdout.write(`${JSON.stringify(rest, null, 2)}\n`)
      return
    }
    process.stdout.write(`Embedder: ${describeEmbedder(status.embedder)}\n`)
    if (status.collections.length === 0) process.stdout.write('No collections yet: `cliniclab kb add FILE…` puts files into "My guidelines".\n')
    for (const collection of status.collections) {
      const embedded = collection.embedder ? `embedded with ${collection.embedder}` : collection.chunks > 0 ? 'full-text only' : 'empty'
      process.stdout.write(`\n${collection.name}  (${collection.id})  ${collection.documents} document(s), ${collection.chunks} passage(s), ${embedded}\n`)
      for (const doc of status.documents.filter((row) => row.collectionId === collection.id)) {
        const detail = doc.state === 'failed' ? `${doc.errorCode}: ${doc.errorMessage}` : doc.state === 'ready' ? `${doc.chunks} passage(s)${doc.pages ? `, ${doc.pages} page(s)` : ''}` : ''
        process.stdout.write(`  ${doc.state.padEnd(8)} ${doc.name}  ${doc.id}  ${detail}\n`)
      }
    }
  } finally {
    await core.dispose()
  }
}

/**
 * `cliniclab kb add FILE…`: each file is checked and read now (a refused one
 * prints its reason and fails the run, the others still go in), then the
 * command waits while they are indexed. Ctrl-C stops; the document being
 * indexed keeps its staged vectors and resumes at the next start.
 */
export async function kbAddCommand(dataDir: string, files: string[], options: { collection?: string; create?: boolean }): Promise<void> {
  const core = createCore({ dataDir })
  const stop = new AbortController()
  const interrupt = (): void => stop.abort()
  process.once('SIGINT', interrupt)
  try {
    const name = options.collection ?? DEFAULT_COLLECTION
    let collection = findCollection(core, name)
    if (!collection) {
      if (options.collection && !options.create) throw new UsageError(`No collection "${name}"; add --create to make it, or see \`cliniclab kb list\`.`)
      collection = core.knowledge.createCollection(name)
      process.stderr.write(`Created the collection "${name}".\n`)
    }
    const wanted: string[] = []
    for (const file of files) {
      try {
        if (!existsSync(file)) throw new UsageError(`No file ${file}.`)
        wanted.push((await core.knowledge.addDocument(collection.id, resolve(file))).id)
      } catch (error) {
        // The same file again after Ctrl-C is a resume, not a duplicate.
        const existing = error instanceof DuplicateDocumentError ? core.knowledge.status().documents.find((doc) => doc.id === error.data.existing) : undefined
        if (existing && (existing.state === 'queued' || existing.state === 'indexing')) {
          process.stderr.write(`${existing.name} was left part-indexed by an earlier run; resuming it.\n`)
          wanted.push(existing.id)
        } else reportError(error)
      }
    }
    const leftover = core.knowledge.status().documents.filter((doc) => !wanted.includes(doc.id) && (doc.state === 'queued' || doc.state === 'indexing'))
    if (leftover.length > 0) process.stderr.write(`Also finishing ${leftover.length} document(s) an earlier run left unindexed.\n`)
    if (!(await waitForIndexing(core.knowledge, stop.signal, wanted))) {
      throw new AppError('KB_INDEXING_STOPPED', 'Stopped. What was indexed is kept; a part-indexed document resumes the next time ClinicLab runs (the app, or `cliniclab kb add` again).', {})
    }
    for (const doc of core.knowledge.status().documents.filter((row) => wanted.includes(row.id))) {
      if (doc.state === 'ready') process.stdout.write(`${doc.name}: ${doc.chunks} passage(s) in "${collection.name}"\n`)
      else reportError(new AppError(doc.errorCode ?? 'KB_INDEXING_FAILED', `${doc.name}: ${doc.errorMessage ?? 'could not be indexed'}`, {}))
    }
  } finally {
    process.off('SIGINT', interrupt)
    await core.dispose()
  }
}

/** `cliniclab kb remove ID_OR_NAME`: a document by id, or by name when only one document has it. */
export async function kbRemoveCommand(dataDir: string, idOrName: string): Promise<void> {
  const core = createCore({ dataDir })
  try {
    const documents = core.knowledge.status().documents
    const byId = documents.find((doc) => doc.id === idOrName)
    const byName = documents.filter((doc) => doc.name === idOrName)
    if (!byId && byName.length > 1) throw new UsageError(`${byName.length} documents are named "${idOrName}"; remove one by its id: ${byName.map((doc) => doc.id).join(', ')}.`)
    const doc = byId ?? byName[0]
    if (!doc) throw new KnowledgeNotFoundError('document', idOrName)
    await core.knowledge.removeDocument(doc.id)
    process.stdout.write(`Removed ${doc.name} (${doc.id}) and its passages.\n`)
  } finally {
    await core.dispose()
  }
}

const notes: Record<NonNullable<SearchResult['note']>, string> = {
  'no-embedder': 'full-text only: no embedder chosen (`cliniclab kb embedder onnx FOLDER` adds vector search)',
  'embedder-failed': 'full-text only: the embedder could not be opened (see `cliniclab kb embedder`)',
  'embedder-mismatch': 'some collections were embedded with another embedder and were searched by full text only'
}

const modeNames: Record<SearchResult['mode'], string> = { fts: 'full-text search', vector: 'vector search', hybrid: 'hybrid search (full text and vectors, fused)' }

const excerpt = (text: string, length = 240) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > length ? `${flat.slice(0, length)}…` : flat
}

/** `cliniclab kb search QUERY`: what the assistant would be given, with where each passage came from. */
export async function kbSearchCommand(dataDir: string, query: string, options: { collection: string[]; mode: 'hybrid' | 'fts' | 'vector'; limit: number; json?: boolean }): Promise<void> {
  const core = createCore({ dataDir })
  try {
    const collectionIds = options.collection.length > 0 ? options.collection.map((nameOrId) => requireCollection(core, nameOrId).id) : undefined
    const result = await core.knowledge.search({ query, mode: options.mode, limit: options.limit, ...(collectionIds ? { collectionIds } : {}) })
    if (options.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
      return
    }
    process.stdout.write(`${modeNames[result.mode]}${result.note ? ` · ${notes[result.note]}` : ''}\n`)
    if (result.hits.length === 0) process.stdout.write('No passage matches.\n')
    result.hits.forEach((hit, at) => {
      const ranks = [hit.ftsRank ? `full-text #${hit.ftsRank}` : null, hit.vectorRank ? `vector #${hit.vectorRank}` : null].filter(Boolean).join(', ')
      const where = [hit.documentName, hit.heading || hit.title, hit.page ? `p. ${hit.page}` : null].filter(Boolean).join(' · ')
      process.stdout.write(`\n${at + 1}. ${where}  (${ranks})\n   ${excerpt(hit.text)}\n`)
    })
  } finally {
    await core.dispose()
  }
}
