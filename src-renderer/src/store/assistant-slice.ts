import type { StateCreator } from 'zustand'
import type { ApiClient } from '../../../src-main/contract'
import type { ConversationView, PassageView } from '../../../src-main/contract/assistant'
import type { SearchHit } from '../../../src-main/contract/knowledge'
import type { Connection } from '../api/transport'
import type { AppState } from './app-store'
import { guardedBy } from './guarded'

export type ConversationDetail = Awaited<ReturnType<ApiClient['assistant']['get']>>
export type MemoryEntryView = ConversationDetail['memory'][number]
export type MemoryKind = MemoryEntryView['kind']

/** A cited passage as the answer saw it, and the same passage in the index now (null: it is gone). */
export interface OpenCitation {
  passage: PassageView
  current: SearchHit | null | 'checking'
}

/** Actions resolve true when they worked; a failure is in `assistantError`. */
export interface AssistantSlice {
  conversations: ConversationView[] | null
  /** The open conversation with its messages and entity memory. */
  conversation: ConversationDetail | null
  citation: OpenCitation | null
  assistantError: string | null
  loadConversations(): Promise<boolean>
  openConversation(id: string | null): Promise<boolean>
  /** Resolves the new conversation's id (null when it failed). */
  createConversation(): Promise<string | null>
  removeConversation(id: string): Promise<boolean>
  setConversationCollections(collections: string[]): Promise<boolean>
  addMemory(kind: MemoryKind, value: string): Promise<boolean>
  updateMemory(id: string, kind: MemoryKind, value: string): Promise<boolean>
  removeMemory(id: string): Promise<boolean>
  openCitation(passage: PassageView): Promise<void>
  closeCitation(): void
}

export const createAssistantSlice =
  (connection: Connection): StateCreator<AppState, [], [], AssistantSlice> =>
  (set, get) => {
    const api = connection.client
    const guarded = guardedBy(set, 'assistantError')
    const listConversations = async (): Promise<void> => set({ conversations: await api.assistant.conversations() })
    const withConversation = (work: (id: string) => Promise<void>) =>
      guarded(async () => {
        const id = get().conversation?.conversation.id
        if (id) await work(id)
      })
    const setMemory = (memory: MemoryEntryView[]) => set((state) => (state.conversation ? { conversation: { ...state.conversation, memory } } : {}))
    return {
      conversations: null,
      conversation: null,
      citation: null,
      assistantError: null,
      loadConversations: () => guarded(listConversations),
      openConversation: (id) =>
        guarded(async () => {
          const same = id !== null && id === get().conversation?.conversation.id
          set({ citation: null, ...(same ? {} : { conversation: null, answerError: null }) })
          // A conversation being answered is already open and the stream keeps it current; reading it now could drop the question on its way.
          if (id && !(same && get().answer?.conversationId === id)) set({ conversation: await api.assistant.get({ id }) })
        }),
      async createConversation() {
        let id: string | null = null
        await guarded(async () => {
          const conversation = await api.assistant.create({})
          id = conversation.id
          set({ conversation: { conversation, messages: [], memory: [] }, citation: null })
          await listConversations()
        })
        return id
      },
      removeConversation: (id) =>
        guarded(async () => {
          await api.assistant.remove({ id })
          if (get().conversation?.conversation.id === id) set({ conversation: null, citation: null })
          await listConversations()
        }),
      setConversationCollections: async (collections) => {
        const before = get().conversation
        if (!before) return false
        const id = before.conversation.id
        const show = (conversation: ConversationView) => set((state) => (state.conversation?.conversation.id === id ? { conversation: { ...state.conversation, conversation } } : {}))
        // The tick shows at once (a checkbox that waits for the core feels broken); a refusal puts the saved choice back.
        show({ ...before.conversation, collections })
        const saved = await guarded(async () => show(await api.assistant.setCollections({ id, collections })))
        if (!saved) show(before.conversation)
        return saved
      },
      addMemory: (kind, value) => withConversation(async (conversationId) => setMemory(await api.assistant.memory.add({ conversationId, kind, value }))),
      updateMemory: (id, kind, value) => withConversation(async (conversationId) => setMemory(await api.assistant.memory.update({ conversationId, id, kind, value }))),
      removeMemory: (id) => withConversation(async (conversationId) => setMemory(await api.assistant.memory.remove({ conversationId, id }))),
      async openCitation(passage) {
        set({ citation: { passage, current: 'checking' } })
        // The answer keeps the passage it cited; the index says whether that passage is still there (a document may have been removed or re-indexed since).
        const current = await api.knowledge.passage({ chunkId: passage.chunkId }).catch(() => null)
        set((state) => (state.citation?.passage === passage ? { citation: { passage, current } } : {}))
      },
      closeCitation: () => set({ citation: null })
    }
  }
