import type { StateCreator } from 'zustand'
import type { AssistantEvent, AssistantMessageView, PassageView, TraceStepView, TraceView } from '../../../src-main/contract/assistant'
import { describeError } from '../api/errors'
import type { Connection } from '../api/transport'
import type { AppState } from './app-store'

type Escalation = Extract<AssistantEvent, { type: 'escalation' }>

/** The answer being written: each pipeline step as it arrives, and the text of the current draft or refinement. */
export interface PendingAnswer {
  conversationId: string
  escalation: Pick<Escalation, 'flags' | 'text'> | null
  routing: TraceView['routing'] | null
  queries: string[] | null
  passages: PassageView[] | null
  retrieval: { mode: NonNullable<TraceView['retrieval']>; note: TraceView['retrievalNote'] } | null
  stage: TraceStepView['stage'] | null
  round: number
  text: string
  steps: TraceStepView[]
}

export interface AnswerSlice {
  answer: PendingAnswer | null
  answerError: { code: string; message: string } | null
  askAssistant(conversationId: string, text: string): Promise<void>
  /** Aborts the stream; the core keeps what was written, marked interrupted. */
  stopAnswer(): void
}

const localId = -1

export const createAnswerSlice =
  (connection: Connection): StateCreator<AppState, [], [], AnswerSlice> =>
  (set, get) => {
    const api = connection.client
    let controller: AbortController | null = null
    const update = (change: (answer: PendingAnswer) => Partial<PendingAnswer>) => set((state) => (state.answer ? { answer: { ...state.answer, ...change(state.answer) } } : {}))
    // Messages go into the open conversation only if it is still the one asked in.
    const appendMessage = (conversationId: string, message: AssistantMessageView) =>
      set((state) =>
        state.conversation?.conversation.id === conversationId ? { conversation: { ...state.conversation, messages: [...state.conversation.messages.filter((other) => other.id !== localId), message] } } : {}
      )
    const apply = (conversationId: string, part: AssistantEvent) => {
      switch (part.type) {
        case 'user':
          return appendMessage(conversationId, part.message)
        case 'escalation':
          return update(() => ({ escalation: { flags: part.flags, text: part.text } }))
        case 'route':
          return update(() => ({ routing: part.routing }))
        case 'queries':
          return update(() => ({ queries: part.queries }))
        case 'passages':
          return update(() => ({ passages: part.passages, retrieval: { mode: part.mode, note: part.note } }))
        case 'delta':
          // A refinement is a new text, not more of the draft.
          return update((answer) => ({ stage: part.stage, round: part.round, text: answer.round === part.round && answer.stage ? answer.text + part.text : part.text }))
        case 'step':
          return update((answer) => ({ steps: [...answer.steps, part.step] }))
        case 'done':
          appendMessage(conversationId, part.message)
          return set({ answer: null })
        case 'error':
          if (part.saved) appendMessage(conversationId, part.saved)
          return set({ answer: null, answerError: { code: part.code, message: part.message } })
      }
    }
    return {
      answer: null,
      answerError: null,
      async askAssistant(conversationId, text) {
        if (get().answer) return
        const own = new AbortController()
        controller = own
        const question: AssistantMessageView = { id: localId, role: 'user', text, status: 'complete', mode: null, citations: null, trace: null, tokens: null, createdAt: new Date().toISOString() }
        appendMessage(conversationId, question)
        set({ answerError: null, answer: { conversationId, escalation: null, routing: null, queries: null, passages: null, retrieval: null, stage: null, round: 0, text: '', steps: [] } })
        try {
          for await (const part of await api.assistant.ask({ conversationId, text }, { signal: own.signal })) apply(conversationId, part)
        } catch (error) {
          if (!own.signal.aborted) set({ answerError: describeError(error) })
        } finally {
          if (controller === own) controller = null
          const partial = get().answer?.text.trim() ?? ''
          set({ answer: null })
          await settle(conversationId, own.signal.aborted ? partial : '')
        }
      },
      stopAnswer() {
        controller?.abort()
      }
    }

    /** Reads the conversation again (title, memory extracted meanwhile); a stopped answer the core has not saved yet stays shown as interrupted. */
    async function settle(conversationId: string, partial: string): Promise<void> {
      try {
        const [detail, conversations] = await Promise.all([api.assistant.get({ id: conversationId }), api.assistant.conversations()])
        set({ conversations })
        if (get().conversation?.conversation.id !== conversationId) return
        const unanswered = detail.messages.at(-1)?.role === 'user'
        const kept: AssistantMessageView[] =
          unanswered && partial ? [{ id: localId, role: 'assistant', text: partial, status: 'interrupted', mode: 'answer', citations: null, trace: null, tokens: null, createdAt: new Date().toISOString() }] : []
        set({ conversation: { ...detail, messages: [...detail.messages, ...kept] } })
      } catch (error) {
        set({ answerError: describeError(error) })
      }
    }
  }
