import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { CollectionView, DocumentView, KnowledgeStatus, SearchHit, SearchResult } from '../contract/knowledge'
import { AppError, describeCause } from '../core/errors'
import type { Logger } from '../core/logger'
import { watchStream } from '../core/watch-stream'
import type { CollectionRow, DocumentRow } from '../store/knowledge-repository'
import type { Store } from '../store/store'
import { chunkSections, type ChunkOptions } from './chunker'
import { ChunkIndex, type ChunkRecord } from './chunk-index'
import type { EmbedderHost } from './embedders/embedder-host'
import { hashFile } from '../core/hash-file'
import { readDocument } from './readers/read-document'
import { searchCollections, type SearchInput } from './knowledge-search'

export class KnowledgeNotFoundError extends AppError<{ what: 'collection' | 'document'; id: string }> {
  constructor(what: 'collection' | 'document', id: string) {
    super('KB_NOT_FOUND', `No ${what} "${id}" in the knowledge base.`, { what, id })
  }
}

export class DuplicateDocumentError extends AppError<{ existing: string; name: string }> {
  constructor(name: string, existing: DocumentRow) {
    super('KB_DUPLICATE', `${name} is already in this collection as "${existing.name}" (same content); it was not added again.`, { existing: existing.id, name })
  }
}

export interface KnowledgeOptions {
  /** `<data>/knowledge`: the LanceDB folder and the kept copies of added files. */
  dir: string
  chunking?: ChunkOptions
  /** Chunks embedded per step (progress and crash-resume granularity). */
  batchSize?: number
  maxBytes?: number
  vectorIndexMinRows?: number
}

interface Running {
  documentId: string
  name: string
  phase: 'reading' | 'embedding' | 'writing'
  done: number
  total: number
  resumedFrom: number
  stop: AbortController
}

/**
 * The knowledge base: collections of documents, indexed one at a time in the
 * background (state in SQLite, vectors staged per batch so a restart resumes
 * where it stopped), searched by full text, vectors, or both fused.
 */
export class KnowledgeService {
  readonly #events = new EventEmitter()
  readonly #index: Promise<ChunkIndex>
  #running: Running | null = null
  /** The document being indexed now, as a promise that settles when it stops (done, failed or aborted). */
  #current: Promise<void> | null = null
  #loop: Promise<void> | null = null
  #paused = 0
  #again = false
  #disposed = false

  constructor(
    private readonly store: Store,
    private readonly embedders: EmbedderHost,
    private readonly logger: Logger,
    private readonly options: KnowledgeOptions
  ) {
    this.#events.setMaxListeners(0)
    this.#index = mkdir(join(options.dir, 'files'), { recursive: true }).then(() => ChunkIndex.open(join(options.dir, 'lancedb')))
    this.#index.catch((error: unknown) => logger.error({ err: error }, 'the knowledge index could not be opened'))
    embedders.events.on('change', () => this.#emit())
    // Documents an earlier run left queued or mid-way are picked up again.
    this.#kick()
  }

  // ---- status ----

  status(): KnowledgeStatus {
    const documents = this.store.knowledge.documents()
    const collections = this.store.knowledge.collections().map(
      (row): CollectionView => {
        const own = documents.filter((doc) => doc.collectionId === row.id)
        return { ...row, documents: own.length, chunks: own.reduce((sum, doc) => sum + (doc.state === 'ready' ? (doc.chunks ?? 0) : 0), 0) }
      }
    )
    const running = this.#running
    return {
      collections,
      documents: documents.map(toView),
      current: running ? { documentId: running.documentId, name: running.name, phase: running.phase, done: running.done, total: running.total, resumedFrom: running.resumedFrom } : null,
      embedder: this.embedders.status()
    }
  }

  watch(signal?: AbortSignal): AsyncGenerator<KnowledgeStatus> {
    return watchStream(this.#events, () => this.status(), signal)
  }

  /** Resolves when nothing is queued or indexing (tests and the CLI wait on it). */
  async idle(): Promise<void> {
    while (this.#loop) await this.#loop
  }

  // ---- collections ----

  createCollection(name: string, options: { id?: string; bundled?: boolean } = {}): CollectionView {
    const existing = this.store.knowledge.collections().find((row) => row.name === name)
    if (existing) throw new AppError('KB_COLLECTION_EXISTS', `A collection named "${name}" already exists.`, { id: existing.id })
    const row: CollectionRow = { id: options.id ?? randomUUID(), name, embedder: null, dimensions: null, bundled: options.bundled ?? false, createdAt: new Date().toISOString() }
    this.store.transaction('knowledge.createCollection', () => this.store.knowledge.insertCollection(row))
    this.#emit()
    return { ...row, documents: 0, chunks: 0 }
  }

  collection(id: string): CollectionRow {
    const row = this.store.knowledge.collections().find((candidate) => candidate.id === id)
    if (!row) throw new KnowledgeNotFoundError('collection', id)
    return row
  }

  async removeCollection(id: string): Promise<boolean> {
    const documents = this.store.knowledge.documents(id)
    const index = await this.#index
    const removed = await this.#withIndexerPaused(async () => {
      const deleted = this.store.transaction('knowledge.removeCollection', () => this.store.knowledge.deleteCollection(id))
      await index.dropCollection(id)
      return deleted
    })
    await Promise.all(documents.map((doc) => rm(doc.storedFile, { force: true })))
    this.#emit()
    return removed
  }

  // ---- documents ----

  /**
   * Checks and reads the file now (so a bad file is refused with its reason
   * and the collection stays as it was), keeps a copy, and queues it for
   * indexing in the background.
   */
  async addDocument(collectionId: string, file: string, options: { name?: string } = {}): Promise<DocumentView> {
    this.collection(collectionId)
    const name = options.name ?? basename(file)
    // Reading refuses an unsupported format or a file over the limit before it reads a byte.
    const read = await readDocument(file, { name, ...(this.options.maxBytes === undefined ? {} : { maxBytes: this.options.maxBytes }) })
    const sha256 = await hashFile(file, read.bytes)
    const duplicate = this.store.knowledge.documentByHash(collectionId, sha256)
    if (duplicate) throw new DuplicateDocumentError(name, duplicate)
    const id = randomUUID()
    const storedFile = join(this.options.dir, 'files', `${id}${extname(name).toLowerCase()}`)
    await copyFile(file, storedFile)
    const row: DocumentRow = {
      id, collectionId, name, storedFile, format: read.format, bytes: read.bytes, sha256, title: read.title, state: 'queued',
      chunks: null, pages: read.pages, errorCode: null, errorMessage: null, addedAt: new Date().toISOString(), indexedAt: null
    }
    this.store.transaction('knowledge.addDocument', () => this.store.knowledge.insertDocument(row))
    this.#emit()
    this.#kick()
    return toView(row)
  }

  document(id: string): DocumentRow {
    const row = this.store.knowledge.document(id)
    if (!row) throw new KnowledgeNotFoundError('document', id)
    return row
  }

  /** Removes a document and its passages; one being indexed is stopped first (this is the cancel button). */
  async removeDocument(id: string): Promise<boolean> {
    const row = this.store.knowledge.document(id)
    if (!row) return false
    this.store.transaction('knowledge.removeDocument', () => this.store.knowledge.deleteDocument(id))
    if (this.#running?.documentId === id) await this.#stopRunning()
    await (await this.#index).deleteDocument(row.collectionId, id)
    await rm(row.storedFile, { force: true })
    this.#emit()
    this.#kick()
    return true
  }

  /** Takes a document's passages out and indexes it again from the kept copy (after a failure, or with another embedder). */
  async reindexDocument(id: string): Promise<DocumentView> {
    this.document(id)
    // The indexer takes the old passages out when it starts on the document again.
    this.store.transaction('knowledge.reindexDocument', () => {
      this.store.knowledge.clearStaged(id)
      this.store.knowledge.setState(id, 'queued')
    })
    if (this.#running?.documentId === id) await this.#stopRunning()
    this.#emit()
    this.#kick()
    return toView(this.document(id))
  }

  // ---- search ----

  search(input: SearchInput): Promise<SearchResult> {
    return this.#index.then((index) => searchCollections({ index, store: this.store, embedders: this.embedders }, input))
  }

  /** One passage by its chunk id (`collection/document:index`), for the citation side panel. */
  async passage(chunkId: string): Promise<SearchHit | null> {
    const match = /^([^/]+)\/(.+):(\d+)$/.exec(chunkId)
    if (!match) return null
    const [, collectionId, docId, index] = match as unknown as [string, string, string, string]
    const doc = this.store.knowledge.document(docId)
    if (!doc || doc.collectionId !== collectionId) return null
    const hit = await (await this.#index).passage(collectionId, docId, Number(index))
    return hit ? { chunkId, collectionId, documentId: docId, documentName: doc.name, title: doc.title, heading: hit.heading, page: hit.page, text: hit.text, score: 0, ftsRank: null, vectorRank: null } : null
  }

  /** Called after the embedder changes: collections embedded by another one are indexed again, whole. */
  async reembedAll(): Promise<number> {
    const index = await this.#index
    const queued = await this.#withIndexerPaused(async () => {
      let count = 0
      for (const collection of this.store.knowledge.collections()) {
        if (collection.embedder === this.embedders.id || (await index.count(collection.id)) === 0) {
          // Failures may have been the old embedder's: those documents get another try.
          const failed = this.store.knowledge.documents(collection.id).filter((doc) => doc.state === 'failed')
          this.store.transaction('knowledge.retry', () => failed.forEach((doc) => this.store.knowledge.setState(doc.id, 'queued')))
          count += failed.length
          continue
        }
        await index.dropCollection(collection.id)
        this.store.transaction('knowledge.reembed', () => {
          this.store.knowledge.setCollectionEmbedder(collection.id, null, null)
          for (const doc of this.store.knowledge.documents(collection.id)) {
            this.store.knowledge.clearStaged(doc.id)
            this.store.knowledge.setState(doc.id, 'queued')
            count++
          }
        })
      }
      return count
    })
    this.#emit()
    return queued
  }

  /** Stops the indexer (the running document stays where it was, to be resumed), runs the work, starts it again. */
  async #withIndexerPaused<T>(work: () => Promise<T>): Promise<T> {
    this.#paused++
    try {
      this.#running?.stop.abort()
      await this.#loop
      return await work()
    } finally {
      this.#paused--
      this.#kick()
    }
  }

  // ---- the indexer ----

  #kick(): void {
    if (this.#disposed || this.#paused > 0) return
    if (this.#loop) {
      // The running loop may be past its last look at the queue: it goes round once more when it ends.
      this.#again = true
      return
    }
    this.#again = false
    this.#loop = this.#drain()
      .catch((error: unknown) => this.logger.error({ err: error }, 'the knowledge indexer stopped'))
      .finally(() => {
        this.#loop = null
        if (this.#again) this.#kick()
        this.#emit()
      })
  }

  async #drain(): Promise<void> {
    const index = await this.#index
    const touched = new Set<string>()
    for (let next = this.store.knowledge.nextToIndex(); next && !this.#disposed && this.#paused === 0; next = this.store.knowledge.nextToIndex()) {
      touched.add(next.collectionId)
      this.#current = this.#indexOne(index, next)
      await this.#current
      this.#current = null
    }
    // New rows are searchable already (a flat scan of what the index lacks); this folds them in and builds the vector index when due.
    for (const collectionId of touched) {
      if (this.#disposed) break
      const { vectorIndexBuilt } = await index.optimize(collectionId, this.options.vectorIndexMinRows === undefined ? {} : { vectorIndexMinRows: this.options.vectorIndexMinRows })
      if (vectorIndexBuilt) this.logger.info({ collectionId }, 'vector index built')
    }
  }

  async #indexOne(index: ChunkIndex, doc: DocumentRow): Promise<void> {
    const stop = new AbortController()
    const running: Running = { documentId: doc.id, name: doc.name, phase: 'reading', done: 0, total: 0, resumedFrom: 0, stop }
    this.#running = running
    try {
      // Passages of an earlier pass (a re-index, or a run that died between writing them and marking the document ready) go first.
      await index.deleteDocument(doc.collectionId, doc.id)
      this.store.knowledge.setState(doc.id, 'indexing')
      this.#emit()
      const read = await readDocument(doc.storedFile, { name: doc.name, maxBytes: Number.MAX_SAFE_INTEGER, signal: stop.signal })
      const chunks = chunkSections(read.sections, this.options.chunking)
      running.total = chunks.length
      const searchTexts = chunks.map((chunk) => [read.title, ...chunk.headingPath, chunk.text].join('\n'))
      const { embedderId, dimensions, vectors } = await this.#embed(doc, searchTexts, running)
      running.phase = 'writing'
      this.#emit()
      stop.signal.throwIfAborted()
      const collection = this.collection(doc.collectionId)
      if ((await index.count(doc.collectionId)) === 0 && collection.embedder !== embedderId) {
        // The first document decides the collection's vectors (a table is created with or without them).
        await index.dropCollection(doc.collectionId)
        this.store.knowledge.setCollectionEmbedder(doc.collectionId, embedderId, dimensions)
      } else if (collection.embedder !== embedderId) {
        throw new AppError('KB_EMBEDDER_MISMATCH', `This collection was embedded with ${collection.embedder ?? 'no embedder'}; the embedder is now ${embedderId ?? 'none'}. Re-index the collection.`, {})
      }
      const records: ChunkRecord[] = chunks.map((chunk, at) => ({
        docId: doc.id, index: chunk.index, text: chunk.text, heading: chunk.headingPath.join(' › '), page: chunk.page, searchText: searchTexts[at]!,
        ...(vectors ? { vector: vectors.get(at)! } : {})
      }))
      await index.add(doc.collectionId, records, dimensions)
      this.store.transaction('knowledge.indexed', () => {
        this.store.knowledge.setState(doc.id, 'ready', { chunks: chunks.length, pages: read.pages, indexedAt: new Date().toISOString() })
        this.store.knowledge.clearStaged(doc.id)
      })
    } catch (error) {
      if (stop.signal.aborted) return
      this.logger.warn({ err: error, document: doc.id }, 'a document could not be indexed')
      await index.deleteDocument(doc.collectionId, doc.id).catch(() => undefined)
      this.store.knowledge.setState(doc.id, 'failed', { errorCode: error instanceof AppError ? error.code : 'KB_INDEXING_FAILED', errorMessage: describeCause(error) })
    } finally {
      if (this.#running === running) this.#running = null
      this.#emit()
    }
  }

  /** Embeds what is not staged yet, a batch at a time, staging each batch in SQLite. */
  async #embed(doc: DocumentRow, texts: readonly string[], running: Running): Promise<{ embedderId: string | null; dimensions: number | null; vectors: Map<number, Float32Array> | null }> {
    const embedder = await this.embedders.current()
    if (!embedder) return { embedderId: null, dimensions: null, vectors: null }
    const dimensions = await embedder.dimensions()
    const vectors = this.store.knowledge.stagedVectors(doc.id)
    running.phase = 'embedding'
    running.resumedFrom = running.done = [...vectors.keys()].filter((at) => at < texts.length).length
    this.#emit()
    const batchSize = this.options.batchSize ?? 16
    for (let start = 0; start < texts.length; start += batchSize) {
      const missing = texts.map((_, at) => at).slice(start, start + batchSize).filter((at) => !vectors.has(at))
      if (missing.length === 0) continue
      running.stop.signal.throwIfAborted()
      const batch = await embedder.embed(missing.map((at) => texts[at]!), { signal: running.stop.signal })
      running.stop.signal.throwIfAborted()
      this.store.transaction('knowledge.stage', () => missing.forEach((at, offset) => this.store.knowledge.stageVectors(doc.id, at, [batch[offset]!])))
      missing.forEach((at, offset) => vectors.set(at, batch[offset]!))
      running.done += missing.length
      this.#emit()
    }
    return { embedderId: this.embedders.id, dimensions, vectors }
  }

  async #stopRunning(): Promise<void> {
    this.#running?.stop.abort()
    await this.#current
  }

  /** Watchers are handed the status itself (`watchStream` yields what is emitted); it is only built when someone watches. */
  #emit(): void {
    if (this.#events.listenerCount('change') > 0) this.#events.emit('change', this.status())
  }

  async dispose(): Promise<void> {
    this.#disposed = true
    this.#running?.stop.abort()
    await this.#loop
    ;(await this.#index.catch(() => null))?.close()
  }
}

function toView(row: DocumentRow): DocumentView {
  const { storedFile: _storedFile, ...view } = row
  return view
}
