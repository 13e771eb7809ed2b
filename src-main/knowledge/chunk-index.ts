import * as lancedb from '@lancedb/lancedb'
import { Field, FixedSizeList, Float32, Int32, Schema, Utf8 } from 'apache-arrow'
import { ftsTerms } from './fts-terms'

/** One passage as stored: what the answer cites and where it came from. */
export interface ChunkRecord {
  docId: string
  index: number
  text: string
  /** Headings above the passage joined with " › " (empty before the first heading). */
  heading: string
  page: number | null
  /** Title + heading + text, as the full-text index and the embedder see it. */
  searchText: string
  vector?: Float32Array
}

export interface IndexHit {
  id: string
  docId: string
  index: number
  text: string
  heading: string
  page: number | null
  /** BM25 for full text, cosine similarity for vectors. */
  score: number
}

/** Below this many rows a flat vector scan is fast enough; above it an HNSW index is built once. */
export const VECTOR_INDEX_MIN_ROWS = 10_000
const displayColumns = ['id', 'doc_id', 'idx', 'text', 'heading', 'page']

/**
 * LanceDB under the data folder, one table per collection. Writes of a
 * document's chunks are one `add` (one Lance commit), so readers see all of a
 * document or none of it.
 */
export class ChunkIndex {
  readonly #tables = new Map<string, Promise<lancedb.Table>>()

  private constructor(private readonly db: lancedb.Connection) {}

  static async open(dir: string): Promise<ChunkIndex> {
    return new ChunkIndex(await lancedb.connect(dir))
  }

  /** Creates the collection's table on first use: with a vector column when it has an embedder. */
  async #table(collectionId: string, dimensions: number | null): Promise<lancedb.Table> {
    let table = this.#tables.get(collectionId)
    if (!table) {
      table = this.#openOrCreate(tableName(collectionId), dimensions)
      this.#tables.set(collectionId, table)
      table.catch(() => this.#tables.delete(collectionId))
    }
    return table
  }

  async #openOrCreate(name: string, dimensions: number | null): Promise<lancedb.Table> {
    if ((await this.db.tableNames()).includes(name)) return this.db.openTable(name)
    const fields: Field[] = [
      new Field('id', new Utf8(), false),
      new Field('doc_id', new Utf8(), false),
      new Field('idx', new Int32(), false),
      new Field('text', new Utf8(), false),
      new Field('heading', new Utf8(), false),
      new Field('page', new Int32(), true),
      new Field('terms', new Utf8(), false)
    ]
    if (dimensions) fields.push(new Field('vector', new FixedSizeList(dimensions, new Field('item', new Float32(), true)), false))
    const table = await this.db.createEmptyTable(name, new Schema(fields), { existOk: true })
    await table.createIndex('terms', {
      config: lancedb.Index.fts({ baseTokenizer: 'whitespace', lowercase: true, stem: true, language: 'English', removeStopWords: true, asciiFolding: true })
    })
    return table
  }

  async hasVectors(collectionId: string): Promise<boolean> {
    const table = await this.#existing(collectionId)
    return table ? (await table.schema()).fields.some((field) => field.name === 'vector') : false
  }

  async add(collectionId: string, chunks: readonly ChunkRecord[], dimensions: number | null): Promise<void> {
    if (chunks.length === 0) return
    const table = await this.#table(collectionId, dimensions)
    await table.add(
      chunks.map((chunk) => ({
        id: `${chunk.docId}:${chunk.index}`,
        doc_id: chunk.docId,
        idx: chunk.index,
        text: chunk.text,
        heading: chunk.heading,
        page: chunk.page,
        terms: ftsTerms(chunk.searchText),
        ...(dimensions ? { vector: Array.from(chunk.vector ?? []) } : {})
      }))
    )
  }

  async deleteDocument(collectionId: string, docId: string): Promise<void> {
    const table = await this.#existing(collectionId)
    await table?.delete(`doc_id = '${docId.replaceAll("'", "''")}'`)
  }

  async dropCollection(collectionId: string): Promise<void> {
    this.#tables.delete(collectionId)
    const name = tableName(collectionId)
    if ((await this.db.tableNames()).includes(name)) await this.db.dropTable(name)
  }

  async count(collectionId: string): Promise<number> {
    const table = await this.#existing(collectionId)
    return table ? table.countRows() : 0
  }

  async fullText(collectionId: string, query: string, limit: number): Promise<IndexHit[]> {
    const table = await this.#existing(collectionId)
    const terms = ftsTerms(query)
    if (!table || !terms) return []
    const rows = await table.search(terms, 'fts', 'terms').select([...displayColumns, '_score']).limit(limit).toArray()
    return rows.map((row) => toHit(row, Number(row._score)))
  }

  async nearest(collectionId: string, vector: Float32Array, limit: number): Promise<IndexHit[]> {
    const table = await this.#existing(collectionId)
    if (!table || !(await this.hasVectors(collectionId))) return []
    const rows = await table.query().nearestTo(Array.from(vector)).distanceType('cosine').select([...displayColumns, '_distance']).limit(limit).toArray()
    return rows.map((row) => toHit(row, 1 - Number(row._distance)))
  }

  async passage(collectionId: string, docId: string, index: number): Promise<IndexHit | null> {
    const table = await this.#existing(collectionId)
    if (!table) return null
    const rows = await table.query().where(`id = '${`${docId}:${index}`.replaceAll("'", "''")}'`).select(displayColumns).limit(1).toArray()
    return rows[0] ? toHit(rows[0], 0) : null
  }

  /**
   * Folds new rows into the full-text index and, once the collection is large
   * enough, builds its vector index (HNSW with scalar quantisation: the
   * fastest query of those measured, see REFERENCE). Unindexed rows stay
   * searchable in the meantime, by a flat scan.
   */
  async optimize(collectionId: string, options: { vectorIndexMinRows?: number } = {}): Promise<{ vectorIndexBuilt: boolean }> {
    const table = await this.#existing(collectionId)
    if (!table) return { vectorIndexBuilt: false }
    await table.optimize()
    const indices = await table.listIndices()
    const hasVectorIndex = indices.some((index) => index.columns.includes('vector'))
    if (!hasVectorIndex && (await this.hasVectors(collectionId)) && (await table.countRows()) >= (options.vectorIndexMinRows ?? VECTOR_INDEX_MIN_ROWS)) {
      await table.createIndex('vector', { config: lancedb.Index.hnswSq({ distanceType: 'cosine' }) })
      return { vectorIndexBuilt: true }
    }
    return { vectorIndexBuilt: false }
  }

  async indices(collectionId: string): Promise<string[]> {
    const table = await this.#existing(collectionId)
    return table ? (await table.listIndices()).map((index) => `${index.indexType}:${index.columns.join(',')}`) : []
  }

  async #existing(collectionId: string): Promise<lancedb.Table | null> {
    if (this.#tables.has(collectionId)) return this.#tables.get(collectionId)!
    if (!(await this.db.tableNames()).includes(tableName(collectionId))) return null
    return this.#table(collectionId, null)
  }

  close(): void {
    this.#tables.clear()
    this.db.close()
  }
}

function tableName(collectionId: string): string {
  return `chunks_${collectionId.replaceAll(/[^A-Za-z0-9_-]/g, '_')}`
}

function toHit(row: Record<string, unknown>, score: number): IndexHit {
  return {
    id: String(row.id),
    docId: String(row.doc_id),
    index: Number(row.idx),
    text: String(row.text),
    heading: String(row.heading),
    page: row.page === null || row.page === undefined ? null : Number(row.page),
    score
  }
}
