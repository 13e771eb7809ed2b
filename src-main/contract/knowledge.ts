import { eventIterator } from '@orpc/contract'
import { z } from 'zod'
import { base } from './base'

/** Where vectors come from; `none` leaves search full-text only (and it says so). */
export const embedderSettingsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  /** A bge/e5-style model folder (config.json, tokenizer.json, onnx/model.onnx) on this machine; never fetched from the network. */
  z.object({ kind: z.literal('onnx'), folder: z.string().trim().min(1), quantized: z.boolean().default(false) }),
  /** A GGUF embedding model from the model library, run by node-llama-cpp. */
  z.object({ kind: z.literal('gguf'), model: z.string().trim().min(1) }),
  /** The `/v1/embeddings` of an engine endpoint (the local engine, vLLM or another server). */
  z.object({ kind: z.literal('engine'), endpointId: z.string().min(1), model: z.string().trim().min(1) })
])
export type EmbedderSettings = z.infer<typeof embedderSettingsSchema>

export const embedderStatusSchema = z.object({
  settings: embedderSettingsSchema,
  id: z.string().nullable(),
  state: z.enum(['none', 'idle', 'loading', 'ready', 'failed']),
  dimensions: z.number().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable()
})
export type EmbedderStatus = z.infer<typeof embedderStatusSchema>

export const collectionSchema = z.object({
  id: z.string(),
  name: z.string(),
  embedder: z.string().nullable(),
  dimensions: z.number().nullable(),
  bundled: z.boolean(),
  createdAt: z.string(),
  documents: z.number(),
  chunks: z.number()
})
export type CollectionView = z.infer<typeof collectionSchema>

export const documentSchema = z.object({
  id: z.string(),
  collectionId: z.string(),
  name: z.string(),
  format: z.enum(['markdown', 'text', 'html', 'pdf', 'docx']),
  bytes: z.number(),
  sha256: z.string(),
  title: z.string(),
  state: z.enum(['queued', 'indexing', 'ready', 'failed']),
  chunks: z.number().nullable(),
  pages: z.number().nullable(),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  addedAt: z.string(),
  indexedAt: z.string().nullable()
})
export type DocumentView = z.infer<typeof documentSchema>

export const indexingProgressSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  phase: z.enum(['reading', 'embedding', 'writing']),
  done: z.number(),
  total: z.number(),
  /** Chunks whose vectors an interrupted run had already staged. */
  resumedFrom: z.number()
})

export const knowledgeStatusSchema = z.object({
  collections: z.array(collectionSchema),
  documents: z.array(documentSchema),
  current: indexingProgressSchema.nullable(),
  embedder: embedderStatusSchema
})
export type KnowledgeStatus = z.infer<typeof knowledgeStatusSchema>

export const searchModes = ['hybrid', 'fts', 'vector'] as const
export const searchHitSchema = z.object({
  chunkId: z.string(),
  collectionId: z.string(),
  documentId: z.string(),
  documentName: z.string(),
  title: z.string(),
  heading: z.string(),
  page: z.number().nullable(),
  text: z.string(),
  /** Reciprocal-rank-fusion score over the lists searched. */
  score: z.number(),
  ftsRank: z.number().nullable(),
  vectorRank: z.number().nullable()
})
export type SearchHit = z.infer<typeof searchHitSchema>

export const searchResultSchema = z.object({
  mode: z.enum(searchModes),
  /** Why the search was narrower than asked: no embedder, or collections embedded by another one. */
  note: z.enum(['no-embedder', 'embedder-failed', 'embedder-mismatch']).nullable(),
  hits: z.array(searchHitSchema)
})
export type SearchResult = z.infer<typeof searchResultSchema>

/** The file names an upload may have (the readers go by extension); the upload keeps its extension on disk. */
export const knowledgeExtensions = /\.(md|markdown|txt|html?|pdf|docx)$/i

export const knowledgeContract = {
  status: base.output(knowledgeStatusSchema),
  /** The status now, then after every change (progress included). */
  watch: base.output(eventIterator(knowledgeStatusSchema)),
  createCollection: base.meta({ audit: true }).input(z.object({ name: z.string().trim().min(1).max(80) })).output(collectionSchema),
  removeCollection: base.meta({ audit: true }).input(z.object({ id: z.string().min(1) })).output(z.object({ removed: z.boolean() })),
  addDocument: base
    .meta({ audit: true })
    .input(z.object({ collectionId: z.string().min(1), file: z.instanceof(File).refine((file) => knowledgeExtensions.test(file.name), 'supported: .md, .txt, .html, .pdf, .docx') }))
    .output(documentSchema),
  /** Removes a document (an indexing one is stopped first): its passages leave the index in the same step. */
  removeDocument: base.meta({ audit: true }).input(z.object({ id: z.string().min(1) })).output(z.object({ removed: z.boolean() })),
  reindexDocument: base.meta({ audit: true }).input(z.object({ id: z.string().min(1) })).output(documentSchema),
  search: base
    .input(z.object({ query: z.string().trim().min(1).max(2000), collectionIds: z.array(z.string()).optional(), limit: z.number().int().min(1).max(50).default(5), mode: z.enum(searchModes).default('hybrid') }))
    .output(searchResultSchema),
  passage: base.input(z.object({ chunkId: z.string().min(1) })).output(searchHitSchema.nullable()),
  setEmbedder: base.meta({ audit: true }).input(embedderSettingsSchema).output(embedderStatusSchema)
}
