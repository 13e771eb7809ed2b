import type { StateCreator } from 'zustand'
import type { EmbedderSettings, KnowledgeStatus, SearchResult } from '../../../src-main/contract/knowledge'
import { describeError } from '../api/errors'
import type { Connection } from '../api/transport'
import type { AppState } from './app-store'
import { guardedBy } from './guarded'

/** One file of the last upload: refused files keep the core's code and message, which say what to do. */
export interface UploadResult {
  collectionId: string
  fileName: string
  state: 'uploading' | 'added' | 'refused'
  error: { code: string; message: string } | null
}

export interface KnowledgeSearch {
  query: string
  mode: SearchResult['mode']
  result: SearchResult | null
}

/** Actions resolve true when they worked; a failure is in `knowledgeError`. */
export interface KnowledgeSlice {
  knowledge: KnowledgeStatus | null
  knowledgeError: string | null
  knowledgeBusy: boolean
  uploads: UploadResult[]
  knowledgeSearch: KnowledgeSearch | null
  loadKnowledge(): Promise<boolean>
  /** Follows collections, documents and indexing progress until the signal aborts. */
  watchKnowledge(signal: AbortSignal): Promise<void>
  createCollection(name: string): Promise<boolean>
  removeCollection(id: string): Promise<boolean>
  /** Uploads one file at a time, so each refusal is reported against its own file. */
  addDocuments(collectionId: string, files: File[]): Promise<void>
  /** Also the cancel button of the document being indexed. */
  removeDocument(id: string): Promise<boolean>
  reindexDocument(id: string): Promise<boolean>
  /** An engine embedder's endpoint may be 'local' or 'vllm': their rows are made on first use. */
  setEmbedder(settings: EmbedderSettings): Promise<boolean>
  searchKnowledge(query: string, mode: SearchResult['mode']): Promise<boolean>
}

export const createKnowledgeSlice =
  (connection: Connection): StateCreator<AppState, [], [], KnowledgeSlice> =>
  (set, get) => {
    const api = connection.client
    const guarded = guardedBy(set, 'knowledgeError', 'knowledgeBusy')
    // The watch delivers changes too; reading the status after an action shows it without waiting for the next event.
    const refresh = async (): Promise<void> => set({ knowledge: await api.knowledge.status() })
    const setUpload = (index: number, change: Partial<UploadResult>) => set((state) => ({ uploads: state.uploads.map((upload, at) => (at === index ? { ...upload, ...change } : upload)) }))
    return {
      knowledge: null,
      knowledgeError: null,
      knowledgeBusy: false,
      uploads: [],
      knowledgeSearch: null,
      loadKnowledge: () => guarded(refresh),
      async watchKnowledge(signal) {
        try {
          for await (const knowledge of await api.knowledge.watch(undefined, { signal })) set({ knowledge })
        } catch (error) {
          if (!signal.aborted) set({ knowledgeError: describeError(error).message })
        }
      },
      createCollection: (name) =>
        guarded(async () => {
          await api.knowledge.createCollection({ name })
          await refresh()
        }),
      removeCollection: (id) =>
        guarded(async () => {
          await api.knowledge.removeCollection({ id })
          set((state) => ({ uploads: state.uploads.filter((upload) => upload.collectionId !== id) }))
          await refresh()
        }),
      async addDocuments(collectionId, files) {
        set({ uploads: files.map((file) => ({ collectionId, fileName: file.name, state: 'uploading', error: null })) })
        for (const [index, file] of files.entries()) {
          try {
            await api.knowledge.addDocument({ collectionId, file })
            setUpload(index, { state: 'added' })
          } catch (error) {
            setUpload(index, { state: 'refused', error: describeError(error) })
          }
        }
        await get().loadKnowledge()
      },
      removeDocument: (id) =>
        guarded(async () => {
          await api.knowledge.removeDocument({ id })
          await refresh()
        }),
      reindexDocument: (id) =>
        guarded(async () => {
          await api.knowledge.reindexDocument({ id })
          await refresh()
        }),
      setEmbedder: (settings) =>
        guarded(async () => {
          const endpointId = settings.kind !== 'engine' ? null : settings.endpointId === 'local' ? (await api.engines.localEndpoint()).id : settings.endpointId === 'vllm' ? (await api.engines.vllmEndpoint()).id : settings.endpointId
          await api.knowledge.setEmbedder(settings.kind === 'engine' ? { ...settings, endpointId: endpointId! } : settings)
          await refresh()
          // A new endpoint row may have been made for it.
          if (endpointId) await get().loadEngineLists()
        }),
      searchKnowledge: (query, mode) =>
        guarded(async () => {
          set({ knowledgeSearch: { query, mode, result: null } })
          const result = await api.knowledge.search({ query, mode, limit: 8 })
          set({ knowledgeSearch: { query, mode, result } })
        })
    }
  }
