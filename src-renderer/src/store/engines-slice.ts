import type { StateCreator } from 'zustand'
import type { Hardware, LibraryEntryView, TryPart } from '../../../src-main/contract/engines'
import type { ApiClient } from '../../../src-main/contract'
import type { Connection } from '../api/transport'
import { describeError } from '../api/errors'
import type { AppState } from './app-store'
import { guardedBy } from './guarded'

type Endpoint = Awaited<ReturnType<ApiClient['engines']['endpoints']>>[number]
type RoleRow = Awaited<ReturnType<ApiClient['engines']['roles']>>[number]
type RoleName = RoleRow['role']

export interface TryChatState {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'error'
  text: string
  reasoning: string
  finish: Extract<TryPart, { type: 'finish' }> | null
  error: string | null
}

/** Actions resolve true when they worked; a failure is in `enginesError`. */
export interface EnginesSlice {
  library: { dir: string; entries: LibraryEntryView[] } | null
  hardware: Hardware | null
  endpoints: Endpoint[]
  roles: RoleRow[]
  enginesError: string | null
  enginesBusy: boolean
  tryChat: TryChatState
  loadEngines(): Promise<boolean>
  /** The models folder, endpoints and roles without probing the hardware (for views that only pick from them). */
  loadEngineLists(): Promise<boolean>
  /** Follows the engine status live until the signal aborts (the view is left). */
  watchEngine(signal: AbortSignal): Promise<void>
  startEngine(input: { model: string; adapters: string[]; threads?: number; contextSize?: number }): Promise<boolean>
  stopEngine(): Promise<boolean>
  importModel(path: string): Promise<boolean>
  deleteModel(id: string): Promise<boolean>
  /** Model lists of remote endpoints, fetched only when the user asks (it reaches the network). */
  endpointModels: Record<string, string[]>
  addEndpoint(input: { name: string; baseUrl: string; apiKey: string | null }): Promise<boolean>
  removeEndpoint(id: string): Promise<boolean>
  checkEndpoint(id: string): Promise<boolean>
  assignRole(role: RoleName, target: { endpointId: string | 'local' | 'vllm'; model: string; adapter: string | null }, sampling?: { temperature?: number; maxTokens?: number }): Promise<boolean>
  unassignRole(role: RoleName): Promise<boolean>
  runTryChat(input: { target: { role: RoleName } | { model: string; adapter: string | null }; prompt: string; thinking: boolean; maxTokens: number }): Promise<void>
  cancelTryChat(): void
}

const idleChat: TryChatState = { status: 'idle', text: '', reasoning: '', finish: null, error: null }

export const createEnginesSlice =
  (connection: Connection): StateCreator<AppState, [], [], EnginesSlice> =>
  (set, get) => {
    const api = connection.client
    let chatController: AbortController | null = null
    const guarded = guardedBy(set, 'enginesError', 'enginesBusy')
    const reload = async (): Promise<void> => {
      const [library, endpoints, roles] = await Promise.all([api.engines.library(), api.engines.endpoints(), api.engines.roles()])
      set({ library, endpoints, roles })
    }
    return {
      library: null,
      hardware: null,
      endpoints: [],
      roles: [],
      enginesError: null,
      enginesBusy: false,
      tryChat: idleChat,
      endpointModels: {},
      loadEngines: () =>
        guarded(async () => {
          await reload()
          // Hardware probing loads GPU back-ends once; it does not block the rest of the view.
          void api.engines.hardware().then((hardware) => set({ hardware }), (error: unknown) => set({ enginesError: describeError(error).message }))
        }),
      loadEngineLists: () => guarded(reload),
      async watchEngine(signal) {
        try {
          for await (const engine of await api.engines.watch(undefined, { signal })) set({ engine })
        } catch (error) {
          if (!signal.aborted) set({ enginesError: describeError(error).message })
        }
      },
      startEngine: (input) =>
        guarded(async () => {
          set({ engine: await api.engines.start(input) })
        }),
      stopEngine: () =>
        guarded(async () => {
          set({ engine: await api.engines.stop() })
        }),
      importModel: (path) =>
        guarded(async () => {
          await api.engines.importModel({ path })
          await reload()
        }),
      deleteModel: (id) =>
        guarded(async () => {
          await api.engines.deleteModel({ id })
          await reload()
        }),
      addEndpoint: (input) =>
        guarded(async () => {
          await api.engines.addEndpoint(input)
          await reload()
        }),
      removeEndpoint: (id) =>
        guarded(async () => {
          await api.engines.removeEndpoint({ id })
          await reload()
        }),
      checkEndpoint: (id) =>
        guarded(async () => {
          const models = await api.engines.endpointModels({ id })
          set((state) => ({ endpointModels: { ...state.endpointModels, [id]: models } }))
        }),
      assignRole: (role, target, sampling) =>
        guarded(async () => {
          const endpointId = target.endpointId === 'local' ? (await api.engines.localEndpoint()).id : target.endpointId === 'vllm' ? (await api.engines.vllmEndpoint()).id : target.endpointId
          await api.engines.assign({ role, endpointId, model: target.model, adapter: target.adapter, ...(sampling ? { sampling } : {}) })
          await reload()
        }),
      unassignRole: (role) =>
        guarded(async () => {
          await api.engines.unassign({ role })
          await reload()
        }),
      async runTryChat(input) {
        if (get().tryChat.status === 'running') return
        const own = new AbortController()
        chatController = own
        set({ tryChat: { ...idleChat, status: 'running' } })
        try {
          for await (const part of await api.engines.tryChat(input, { signal: own.signal })) {
            if (part.type === 'text-delta') set((state) => ({ tryChat: { ...state.tryChat, text: state.tryChat.text + part.text } }))
            else if (part.type === 'reasoning-delta') set((state) => ({ tryChat: { ...state.tryChat, reasoning: state.tryChat.reasoning + part.text } }))
            else if (part.type === 'finish') set((state) => ({ tryChat: { ...state.tryChat, finish: part, status: part.reason === 'error' ? 'error' : part.reason === 'aborted' ? 'cancelled' : 'done', error: part.error ?? null } }))
          }
          if (get().tryChat.status === 'running') set((state) => ({ tryChat: { ...state.tryChat, status: 'done' } }))
        } catch (error) {
          set((state) => ({ tryChat: { ...state.tryChat, status: own.signal.aborted ? 'cancelled' : 'error', error: own.signal.aborted ? null : describeError(error).message } }))
        } finally {
          if (chatController === own) chatController = null
        }
      },
      cancelTryChat() {
        chatController?.abort()
      }
    }
  }
