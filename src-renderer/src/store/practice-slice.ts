import type { StateCreator } from 'zustand'
import type { CaseSummary } from '../../../src-main/contract/cases'
import type { SessionView } from '../../../src-main/contract/patient'
import { describeError } from '../api/errors'
import type { Connection } from '../api/transport'
import type { AppState } from './app-store'

const sessionKey = 'cliniclab.practiceSession'

export interface PracticeSlice {
  cases: CaseSummary[] | null
  practice: SessionView | null
  /** The reply arriving now (shown with a typing indicator until it is complete). */
  pendingReply: string | null
  practiceError: string | null
  loadCases(): Promise<void>
  startPractice(packId: string, caseId: string, language: 'zh' | 'en'): Promise<void>
  resumePractice(): Promise<void>
  askPatient(text: string): Promise<void>
  orderItem(text: string): Promise<void>
  submitDiagnosis(diagnosis: string, differential: string[]): Promise<void>
  leavePractice(): void
}

export const createPracticeSlice =
  (connection: Connection): StateCreator<AppState, [], [], PracticeSlice> =>
  (set, get) => {
    const api = connection.client
    const refresh = async (sessionId: string) => set({ practice: await api.patient.session({ sessionId }) })
    const guarded = async (work: () => Promise<void>) => {
      try {
        set({ practiceError: null })
        await work()
      } catch (error) {
        set({ practiceError: describeError(error).message, pendingReply: null })
      }
    }
    return {
      cases: null,
      practice: null,
      pendingReply: null,
      practiceError: null,
      loadCases: () =>
        guarded(async () => {
          const { cases, packs } = await api.cases.list()
          set({ cases, packs })
        }),
      startPractice: (packId, caseId, language) =>
        guarded(async () => {
          const profileId = get().profileId
          const { sessionId } = await api.patient.start({ packId, caseId, language, ...(profileId ? { profileId } : {}) })
          sessionStorage.setItem(sessionKey, sessionId)
          await refresh(sessionId)
        }),
      resumePractice: () =>
        guarded(async () => {
          const sessionId = sessionStorage.getItem(sessionKey)
          if (sessionId && !get().practice) await refresh(sessionId)
        }),
      askPatient: (text) =>
        guarded(async () => {
          const session = get().practice
          if (!session) return
          // Show the question at once; the core's copy replaces it when the answer is done.
          set({
            pendingReply: '',
            practice: { ...session, messages: [...session.messages, { id: -1, role: 'student', text, createdAt: new Date().toISOString(), status: 'complete', latencyMs: null, engine: null, model: null, adapter: null, outputTokens: null, factIds: [] }] }
          })
          for await (const part of await api.patient.ask({ sessionId: session.session.id, text })) {
            if (part.type === 'text-delta') set((state) => ({ pendingReply: (state.pendingReply ?? '') + part.text }))
            if (part.type === 'error') set({ practiceError: part.message })
          }
          set({ pendingReply: null })
          await refresh(session.session.id)
        }),
      orderItem: (text) =>
        guarded(async () => {
          const session = get().practice
          if (!session) return
          await api.patient.order({ sessionId: session.session.id, text })
          await refresh(session.session.id)
        }),
      submitDiagnosis: (diagnosis, differential) =>
        guarded(async () => {
          const session = get().practice
          if (!session) return
          set({ practice: await api.patient.submit({ sessionId: session.session.id, diagnosis, differential }) })
        }),
      leavePractice: () => {
        sessionStorage.removeItem(sessionKey)
        set({ practice: null, pendingReply: null, practiceError: null })
      }
    }
  }
