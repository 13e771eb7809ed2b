import type { StatementCache } from './statement-cache'

export interface CollectionRow {
  id: string
  name: string
  embedder: string | null
  dimensions: number | null
  bundled: boolean
  createdAt: string
}

export type DocumentFormat = 'markdown' | 'text' | 'html' | 'pdf' | 'docx'
export type DocumentState = 'queued' | 'indexing' | 'ready' | 'failed'

export interface DocumentRow {
  id: string
  collectionId: string
  name: string
  storedFile: string
  format: DocumentFormat
  bytes: number
  sha256: string
  title: string
  state: DocumentState
  chunks: number | null
  pages: number | null
  errorCode: string | null
  errorMessage: string | null
  addedAt: string
  indexedAt: string | null
}

const documentColumns = `id, collection_id AS collectionId, name, stored_file AS storedFile, format, bytes, sha256, title, state, chunks, pages,
  error_code AS errorCode, error_message AS errorMessage, added_at AS addedAt, indexed_at AS indexedAt`

/** Collections, documents and their indexing state, and the vectors staged while a document is being embedded. */
export class KnowledgeRepository {
  constructor(private readonly sql: StatementCache) {}

  insertCollection(row: CollectionRow): void {
    this.sql
      .get('INSERT INTO kb_collections (id, name, embedder, dimensions, bundled, created_at) VALUES (@id, @name, @embedder, @dimensions, @bundled, @createdAt)')
      .run({ ...row, bundled: row.bundled ? 1 : 0 })
  }

  collections(): CollectionRow[] {
    return this.sql
      .get<[], Omit<CollectionRow, 'bundled'> & { bundled: number }>('SELECT id, name, embedder, dimensions, bundled, created_at AS createdAt FROM kb_collections ORDER BY created_at, name')
      .all()
      .map((row) => ({ ...row, bundled: row.bundled === 1 }))
  }

  setCollectionEmbedder(id: string, embedder: string | null, dimensions: number | null): void {
    this.sql.get('UPDATE kb_collections SET embedder = ?, dimensions = ? WHERE id = ?').run(embedder, dimensions, id)
  }

  deleteCollection(id: string): boolean {
    return this.sql.get('DELETE FROM kb_collections WHERE id = ?').run(id).changes > 0
  }

  insertDocument(row: DocumentRow): void {
    this.sql
      .get(
        `INSERT INTO kb_documents (id, collection_id, name, stored_file, format, bytes, sha256, title, state, chunks, pages, error_code, error_message, added_at, indexed_at)
         VALUES (@id, @collectionId, @name, @storedFile, @format, @bytes, @sha256, @title, @state, @chunks, @pages, @errorCode, @errorMessage, @addedAt, @indexedAt)`
      )
      .run(row)
  }

  documents(collectionId?: string): DocumentRow[] {
    return collectionId
      ? this.sql.get<[string], DocumentRow>(`SELECT ${documentColumns} FROM kb_documents WHERE collection_id = ? ORDER BY added_at, name`).all(collectionId)
      : this.sql.get<[], DocumentRow>(`SELECT ${documentColumns} FROM kb_documents ORDER BY added_at, name`).all()
  }

  document(id: string): DocumentRow | null {
    return this.sql.get<[string], DocumentRow>(`SELECT ${documentColumns} FROM kb_documents WHERE id = ?`).get(id) ?? null
  }

  documentByHash(collectionId: string, sha256: string): DocumentRow | null {
    return this.sql.get<[string, string], DocumentRow>(`SELECT ${documentColumns} FROM kb_documents WHERE collection_id = ? AND sha256 = ?`).get(collectionId, sha256) ?? null
  }

  /** The oldest document waiting for the indexer, or one an earlier run left mid-way. */
  nextToIndex(): DocumentRow | null {
    return this.sql.get<[], DocumentRow>(`SELECT ${documentColumns} FROM kb_documents WHERE state IN ('indexing', 'queued') ORDER BY state = 'queued', added_at LIMIT 1`).get() ?? null
  }

  setState(id: string, state: DocumentState, fields: { chunks?: number | null; pages?: number | null; errorCode?: string | null; errorMessage?: string | null; indexedAt?: string | null } = {}): void {
    this.sql
      .get(
        `UPDATE kb_documents SET state = @state, chunks = coalesce(@chunks, chunks), pages = coalesce(@pages, pages),
         error_code = @errorCode, error_message = @errorMessage, indexed_at = coalesce(@indexedAt, indexed_at) WHERE id = @id`
      )
      .run({ id, state, chunks: fields.chunks ?? null, pages: fields.pages ?? null, errorCode: fields.errorCode ?? null, errorMessage: fields.errorMessage ?? null, indexedAt: fields.indexedAt ?? null })
  }

  deleteDocument(id: string): boolean {
    return this.sql.get('DELETE FROM kb_documents WHERE id = ?').run(id).changes > 0
  }

  stageVectors(documentId: string, first: number, vectors: readonly Float32Array[]): void {
    const insert = this.sql.get('INSERT OR REPLACE INTO kb_staged_vectors (document_id, chunk, vector) VALUES (?, ?, ?)')
    vectors.forEach((vector, offset) => insert.run(documentId, first + offset, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength)))
  }

  stagedVectors(documentId: string): Map<number, Float32Array> {
    const rows = this.sql.get<[string], { chunk: number; vector: Buffer }>('SELECT chunk, vector FROM kb_staged_vectors WHERE document_id = ?').all(documentId)
    // Copied out: the Buffer's memory belongs to SQLite's row and is not 4-byte aligned.
    return new Map(rows.map((row) => [row.chunk, new Float32Array(new Uint8Array(row.vector).buffer)]))
  }

  clearStaged(documentId: string): void {
    this.sql.get('DELETE FROM kb_staged_vectors WHERE document_id = ?').run(documentId)
  }
}
