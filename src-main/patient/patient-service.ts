import { randomUUID } from 'node:crypto'
import type { Case, Fact } from '../cases/case-schema'
import { namesDiagnosis } from '../cases/diagnosis-match'
import { AppError } from '../core/errors'
import type { Logger } from '../core/logger'
import type { MessageRow } from '../store/session-repository'
import type { Store } from '../store/store'
import { DisclosureGuard, type Violation } from './disclosure-guard'
import type { SessionLanguage } from './localize'
import { resolveOrder } from './order-resolver'
import { PatientModelStoppedError, type PatientModel } from './patient-model'
import { buildPatientPrompt } from './patient-prompt'
import { toPatientView, type PatientView } from './patient-view'
import { QuestionMatcher, type QuestionMatch } from './question-matcher'
import { scriptedReply } from './scripted-patient'

export class SessionNotFoundError extends AppError<{ sessionId: string }> {
  constructor(sessionId: string) {
    super('SESSION_NOT_FOUND', `No practice session ${sessionId}.`, { sessionId })
  }
}

export class CaseNotFoundError extends AppError<{ packId: string; caseId: string }> {
  constructor(packId: string, caseId: string) {
    super('CASE_NOT_FOUND', `No case ${caseId} in pack ${packId}: import the pack first (Cases view or \`cliniclab cases import\`).`, { packId, caseId })
  }
}

export class ProfileNotFoundError extends AppError<{ profileId: string }> {
  constructor(profileId: string) {
    super('PROFILE_NOT_FOUND', `No profile ${profileId}: pick or create one first.`, { profileId })
  }
}

export class SessionClosedError extends AppError<{ sessionId: string }> {
  constructor(sessionId: string) {
    super('SESSION_CLOSED', 'This session has been submitted; start a new one to keep practising.', { sessionId })
  }
}

export type AskPart =
  | { type: 'typing' }
  | { type: 'text-delta'; text: string }
  | { type: 'done'; message: MessageRow }
  | { type: 'error'; code: string; message: string }

interface Loaded {
  source: Case
  view: PatientView
  matcher: QuestionMatcher
  guard: DisclosureGuard
}

/**
 * Runs practice sessions. Disclosure is controlled here, not by the prompt:
 * questions are matched to fact slots first, only those facts reach the
 * patient, and every reply is checked before anyone sees it.
 */
export class PatientService {
  readonly #loaded = new Map<string, Loaded>()

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    /** The `patient` role's model; null means the scripted patient. */
    private readonly model: () => PatientModel | null
  ) {}

  start(input: { packId: string; caseId: string; language: SessionLanguage; profileId?: string | undefined }): string {
    const source = this.store.cases.get(input.packId, input.caseId)
    if (!source) throw new CaseNotFoundError(input.packId, input.caseId)
    if (input.profileId && !this.store.profiles.get(input.profileId)) throw new ProfileNotFoundError(input.profileId)
    const id = randomUUID()
    const model = this.model()
    this.store.transaction('patient.start', () =>
      this.store.sessions.create(
        { id, profileId: input.profileId ?? null, packId: input.packId, caseId: input.caseId, language: input.language, responder: model ? model.info.model : 'scripted', startedAt: new Date().toISOString() },
        source
      )
    )
    return id
  }

  /** Streams one answer: the student's question is stored first, the reply only once it has passed the guard. */
  async *ask(sessionId: string, question: string, options: { signal?: AbortSignal } = {}): AsyncGenerator<AskPart> {
    const session = this.#session(sessionId)
    if (session.status !== 'active') throw new SessionClosedError(sessionId)
    const loaded = this.#load(sessionId)
    const history = this.store.sessions.messages(sessionId)
    this.store.transaction('patient.question', () => this.store.sessions.addMessage(sessionId, { role: 'student', text: question, latencyMs: null, engine: null, model: null, adapter: null, outputTokens: null }))
    yield { type: 'typing' }

    const started = performance.now()
    const match = loaded.matcher.match(question)
    const revealed = this.store.sessions.revealedFactIds(sessionId)
    const allowedFacts = this.#allowedFacts(loaded.view, match, revealed)
    const allowedIds = new Set([...revealed, ...allowedFacts.map((fact) => fact.id)])
    const orderedItemIds = new Set(this.store.sessions.orders(sessionId).flatMap((order) => (order.itemId ? [order.itemId] : [])))
    const scripted = scriptedReply(loaded.view, question, match, session.language)

    let reply = scripted
    let engine = { engine: 'scripted', model: 'scripted', adapter: null as string | null }
    let outputTokens: number | null = null
    const model = this.model()
    if (model) {
      try {
        const generated = await this.#modelReply(model, { sessionId, loaded, session, history, question, match, allowedFacts, revealed, allowedIds, orderedItemIds, signal: options.signal })
        reply = generated.text
        outputTokens = generated.outputTokens ?? null
        engine = model.info
      } catch (error) {
        const cause = error instanceof Error ? error.message : String(error)
        this.logger.error({ err: error, sessionId }, 'patient model failed')
        // What the model had said is kept, marked interrupted — unless the guard would not have let it out.
        const partial = error instanceof PatientModelStoppedError ? error.data.partial.trim() : ''
        const violations = partial ? loaded.guard.check(partial, { question, allowedFactIds: allowedIds, orderedItemIds }) : []
        if (violations.length > 0) this.logger.warn({ sessionId, violations }, 'interrupted patient reply held back by the disclosure guard')
        const shown = violations.length === 0 ? partial : ''
        this.store.transaction('patient.interrupted', () =>
          this.store.sessions.addMessage(sessionId, { role: 'patient', text: shown, status: 'interrupted', latencyMs: performance.now() - started, engine: model.info.engine, model: model.info.model, adapter: model.info.adapter, outputTokens: null })
        )
        yield { type: 'error', code: error instanceof AppError ? error.code : 'ENGINE_FAILED', message: `The patient model stopped (${cause}). Your question is saved; ask again once the engine is back, or switch to the scripted patient.` }
        return
      }
    } else {
      // Scripted lines come from the case itself, but they are checked all the same.
      const violations = loaded.guard.check(reply, { question, allowedFactIds: allowedIds, orderedItemIds })
      if (violations.length > 0) {
        this.store.sessions.addGuardEvent(sessionId, { question, rejectedReply: reply, violations, action: 'replaced' })
        reply = session.language === 'zh' ? '这个我说不好。' : "I'm not sure about that."
      }
    }

    const factIds = match.facts.map(({ fact }) => fact.id)
    const message = this.store.transaction('patient.reply', () => {
      const id = this.store.sessions.addMessage(sessionId, { role: 'patient', text: reply, latencyMs: performance.now() - started, engine: engine.engine, model: engine.model, adapter: engine.adapter, outputTokens }, factIds)
      return this.store.sessions.messages(sessionId).find((row) => row.id === id)!
    })
    // Checked replies stream out in small pieces so the view can show them arriving.
    for (const piece of reply.match(/.{1,6}/gsu) ?? []) yield { type: 'text-delta', text: piece }
    yield { type: 'done', message }
  }

  async #modelReply(
    model: PatientModel,
    context: {
      sessionId: string
      loaded: Loaded
      session: { language: SessionLanguage }
      history: MessageRow[]
      question: string
      match: QuestionMatch
      allowedFacts: Fact[]
      revealed: Set<string>
      allowedIds: Set<string>
      orderedItemIds: Set<string>
      signal?: AbortSignal | undefined
    }
  ): Promise<{ text: string; outputTokens?: number }> {
    const { loaded, question } = context
    const revealedFacts = loaded.view.facts.filter((fact) => context.revealed.has(fact.id))
    for (const strict of [false, true]) {
      const prompt = buildPatientPrompt({ view: loaded.view, language: context.session.language, allowedFacts: context.allowedFacts, revealedFacts, history: context.history, question, strict })
      const generated = await model.complete(prompt, context.signal ? { signal: context.signal } : {})
      const violations: Violation[] = loaded.guard.check(generated.text, { question, allowedFactIds: context.allowedIds, orderedItemIds: context.orderedItemIds })
      if (violations.length === 0) return generated
      this.store.sessions.addGuardEvent(context.sessionId, { question, rejectedReply: generated.text, violations, action: strict ? 'replaced' : 'regenerated' })
      this.logger.warn({ sessionId: context.sessionId, violations }, 'patient reply held back by the disclosure guard')
    }
    // Twice leaky: the safe answer is the scripted one, built from the allowed facts only.
    return { text: scriptedReply(loaded.view, question, context.match, context.session.language) }
  }

  order(sessionId: string, text: string) {
    const session = this.#session(sessionId)
    if (session.status !== 'active') throw new SessionClosedError(sessionId)
    const { source } = this.#load(sessionId)
    const resolution = resolveOrder(text, source)
    const previous = new Set(this.store.sessions.orders(sessionId).flatMap((order) => (order.itemId ? [order.itemId] : [])))
    return this.store.transaction('patient.order', () => {
      switch (resolution.kind) {
        case 'matched':
          for (const { item, type } of resolution.items) {
            // Ordering the same thing twice shows the result again without charging again.
            const repeat = previous.has(item.id)
            this.store.sessions.addOrder(sessionId, { text, resolution: 'matched', kind: type, itemId: item.id, name: item.name, result: item.result, costCny: repeat ? 0 : (item.costCny ?? 0), turnaroundMinutes: item.turnaroundMinutes ?? 0 })
          }
          break
        case 'default':
          this.store.sessions.addOrder(sessionId, { text, resolution: 'default', kind: resolution.concept.kind, itemId: null, name: { zh: resolution.concept.zh[0]!, en: resolution.concept.en[0]! }, result: resolution.result, costCny: resolution.concept.costCny, turnaroundMinutes: resolution.concept.turnaroundMinutes })
          break
        case 'unavailable':
          this.store.sessions.addOrder(sessionId, {
            text,
            resolution: 'unavailable',
            kind: resolution.concept.kind,
            itemId: null,
            name: { zh: resolution.concept.zh[0]!, en: resolution.concept.en[0]! },
            result: { zh: '本病例未提供该类检查结果。', en: 'This case provides no results of this kind.' },
            costCny: 0,
            turnaroundMinutes: 0
          })
          break
        case 'vague':
          this.store.sessions.addOrder(sessionId, { text, resolution: 'vague', kind: null, itemId: null, name: null, result: { zh: '请写明具体要做哪一项查体或检查，例如“血常规”或“听诊心脏”。', en: 'Name the specific exam or test you want, for example "full blood count" or "auscultate the heart".' }, costCny: 0, turnaroundMinutes: 0 })
          break
        case 'unrecognised':
          this.store.sessions.addOrder(sessionId, { text, resolution: 'unrecognised', kind: null, itemId: null, name: null, result: { zh: '没有识别出这项检查，请换一个常用名称或缩写。', en: 'That order was not recognised; try its common name or abbreviation.' }, costCny: 0, turnaroundMinutes: 0 })
          break
      }
      return this.store.sessions.orders(sessionId)
    })
  }

  submit(sessionId: string, diagnosis: string, differential: string[]) {
    const session = this.#session(sessionId)
    if (session.status !== 'active') throw new SessionClosedError(sessionId)
    this.store.transaction('patient.submit', () => this.store.sessions.submit(sessionId, diagnosis, differential))
    const view = this.view(sessionId)
    // A finished session asks no more questions; its matcher and guard can go.
    this.#loaded.delete(sessionId)
    return view
  }

  /** Everything the student may see; the gold answer only after submission. */
  view(sessionId: string) {
    const session = this.#session(sessionId)
    // Showing a session needs only its case: the matcher and guard are built (and kept) only for asking.
    const source = this.#loaded.get(sessionId)?.source ?? this.store.sessions.snapshot(sessionId)
    if (!source) throw new SessionNotFoundError(sessionId)
    const orders = this.store.sessions.orders(sessionId)
    const submitted = session.status === 'submitted'
    const { assessment } = source
    return {
      session,
      presentation: { title: source.title, setting: source.setting ?? null, patient: source.patient },
      messages: this.store.sessions.messages(sessionId),
      orders,
      costCny: orders.reduce((sum, order) => sum + order.costCny, 0),
      revealedFactIds: [...this.store.sessions.revealedFactIds(sessionId)],
      outcome: submitted
        ? {
            diagnosis: assessment.diagnosis,
            differentials: assessment.differentials,
            redFlags: assessment.redFlags,
            teachingNotes: assessment.teachingNotes ?? null,
            diagnosisCorrect: namesDiagnosis(session.finalDiagnosis ?? '', assessment.diagnosis)
          }
        : null
    }
  }

  #allowedFacts(view: PatientView, match: QuestionMatch, revealed: Set<string>): Fact[] {
    const matched = match.facts.map(({ fact }) => fact)
    const volunteered = view.facts.filter((fact) => fact.disclosure === 'volunteered' && !revealed.has(fact.id))
    return [...new Map([...matched, ...volunteered].map((fact) => [fact.id, fact])).values()]
  }

  #session(sessionId: string) {
    const session = this.store.sessions.get(sessionId)
    if (!session) throw new SessionNotFoundError(sessionId)
    return session
  }

  #load(sessionId: string): Loaded {
    let loaded = this.#loaded.get(sessionId)
    if (!loaded) {
      const source = this.store.sessions.snapshot(sessionId)
      if (!source) throw new SessionNotFoundError(sessionId)
      const view = toPatientView(source)
      loaded = { source, view, matcher: new QuestionMatcher(view), guard: new DisclosureGuard(source) }
      this.#loaded.set(sessionId, loaded)
    }
    return loaded
  }
}
