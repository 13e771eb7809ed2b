import type { SearchResult } from '../contract/knowledge'
import { describeCause } from '../core/errors'
import { completeJson, EngineCallError } from '../engines/collect'
import type { ChatMessage, ChatRequest, RoleName } from '../engines/engine-types'
import type { ResolvedRole } from '../engines/role-service'
import { reciprocalRankFusion } from '../knowledge/rrf'
import { chatReply, critiqueMessages, declineReply, draftMessages, evidenceOnlyReply, languageOf, notCoveredReply, refineMessages, type Language, type Passage } from './assistant-prompts'
import { checkCitations, isRelevant, type CitationCheck } from './citation-check'
import { critiqueSchema, ruleFindings, type Critique } from './critique'
import { describeMemory, type MemoryEntry } from './entity-memory'
import { routeIntents, routingPrompt, routingSchema, type Routing } from './intent-router'
import { rewritePrompt, rewriteSchema, searchQueries } from './query-rewrite'
import { detectRedFlags, urgentMessage, type RedFlag } from './red-flags'

export type AnswerMode = 'answer' | 'evidence-only' | 'not-covered' | 'declined' | 'chat'

export interface TraceStep {
  stage: 'draft' | 'refine'
  text: string
  check: CitationCheck
  critique: Critique | null
}

export interface Trace {
  redFlags: RedFlag[]
  routing: Routing
  queries: string[]
  retrieval: SearchResult['mode'] | null
  retrievalNote: SearchResult['note']
  steps: TraceStep[]
  notes: string[]
}

export type PipelineEvent =
  | { type: 'escalation'; flags: RedFlag[]; text: string }
  | { type: 'route'; routing: Routing }
  | { type: 'queries'; queries: string[] }
  | { type: 'passages'; passages: Passage[]; mode: SearchResult['mode']; note: SearchResult['note'] }
  | { type: 'delta'; stage: 'draft' | 'refine'; round: number; text: string }
  | { type: 'step'; step: TraceStep; round: number }

export interface Outcome {
  text: string
  mode: AnswerMode
  passages: Passage[]
  trace: Trace
  outputTokens: number
}

export interface PipelineDeps {
  roles: { resolve(role: RoleName): ResolvedRole | null }
  search(query: string, limit: number): Promise<SearchResult>
}

export interface PipelineInput {
  question: string
  /** Entity memory; a promise while this message's own extraction runs (awaited only before the draft). */
  memory: readonly MemoryEntry[] | Promise<readonly MemoryEntry[]>
  summary: string
  history: readonly ChatMessage[]
  maxRefinements?: number
  passages?: number
  signal?: AbortSignal
}

/** A model call that ended without an answer; `partial` is what had streamed. */
export class AnswerStoppedError extends EngineCallError {
  constructor(
    reason: 'aborted' | 'error',
    message: string,
    readonly partial: string,
    readonly passages: Passage[]
  ) {
    super(reason, message)
  }
}

/**
 * One answer: red flags first, then routing, rewriting, retrieval, a cited
 * draft, the citation check, the critique and up to two refinements. Each
 * step is its own unit (see the modules imported above); this only runs them
 * in order and reports each as it finishes.
 */
export async function* answerQuestion(input: PipelineInput, deps: PipelineDeps): AsyncGenerator<PipelineEvent, Outcome> {
  const language = languageOf(input.question)
  const signal = input.signal
  const options = signal ? { signal } : {}
  const extractor = deps.roles.resolve('extractor')
  const assistant = deps.roles.resolve('assistant')
  const critic = deps.roles.resolve('critic')
  const trace: Trace = { redFlags: detectRedFlags(input.question), routing: { intents: [], parts: [] }, queries: [], retrieval: null, retrievalNote: null, steps: [], notes: [] }
  const urgent = trace.redFlags.length > 0 ? urgentMessage(trace.redFlags, language) : ''
  if (urgent) yield { type: 'escalation', flags: trace.redFlags, text: urgent }
  const withUrgent = (text: string) => (urgent ? `${urgent}\n\n${text}` : text)

  trace.routing = await routeIntents(
    input.question,
    extractor
      ? async (parts) =>
          (await completeJson(extractor.engine, extractor.model, { messages: [{ role: 'user', content: routingPrompt(parts, language) }], sampling: { temperature: 0, maxTokens: 200 }, thinking: false, ...options }, routingSchema, 'routing')).value
      : null
  )
  yield { type: 'route', routing: trace.routing }
  const medicalParts = trace.routing.parts.filter((part) => part.intent === 'medical').map((part) => part.text)
  const declined = trace.routing.intents.includes('out-of-scope')
  // A red flag is answered from the knowledge base whatever the router made of it.
  if (medicalParts.length === 0 && !urgent) {
    const mode: AnswerMode = declined ? 'declined' : 'chat'
    return { text: mode === 'declined' ? declineReply(language) : chatReply(language), mode, passages: [], trace, outputTokens: 0 }
  }
  const question = medicalParts.join(' ') || input.question

  let modelQueries: string[] | null = null
  const rewriter = extractor ?? assistant
  if (rewriter) {
    try {
      modelQueries = (await completeJson(rewriter.engine, rewriter.model, { messages: [{ role: 'user', content: rewritePrompt(question, language) }], sampling: { temperature: 0, maxTokens: 300 }, thinking: false, ...options }, rewriteSchema, 'queries')).value.queries
    } catch (error) {
      if (signal?.aborted) throw error
      trace.notes.push(`rewrite: ${describeCause(error)}`)
    }
  }
  trace.queries = searchQueries(medicalParts.length > 0 ? medicalParts : [question], modelQueries)
  yield { type: 'queries', queries: trace.queries }

  const limit = input.passages ?? 5
  const results = await Promise.all(trace.queries.map((query) => deps.search(query, limit)))
  trace.retrieval = results[0]?.mode ?? null
  trace.retrievalNote = results.find((result) => result.note)?.note ?? null
  // Full text alone matches any shared character; without vectors to vouch for a passage, it must share real terms with the question.
  const relevant = (hit: SearchResult['hits'][number]) => trace.retrieval !== 'fts' || isRelevant(question, `${hit.heading}\n${hit.text}`)
  const fused = reciprocalRankFusion(results.map((result) => result.hits.filter(relevant)), (hit) => hit.chunkId).slice(0, limit)
  const passages: Passage[] = fused.map(({ item }, at) => ({ n: at + 1, chunkId: item.chunkId, documentName: item.documentName, title: item.title, heading: item.heading, page: item.page, text: item.text }))
  yield { type: 'passages', passages, mode: trace.retrieval ?? 'fts', note: trace.retrievalNote }
  const declineNote = declined ? `\n\n${declineReply(language)}` : ''
  if (passages.length === 0) return { text: withUrgent(notCoveredReply(language)) + declineNote, mode: 'not-covered', passages, trace, outputTokens: 0 }
  if (!assistant) return { text: withUrgent(evidenceOnlyReply(passages, language)) + declineNote, mode: 'evidence-only', passages, trace, outputTokens: 0 }

  const memoryEntries = await input.memory
  const memory = describeMemory(memoryEntries, language)
  const draft = draftMessages({ question, passages, memory, summary: input.summary, history: input.history, language })
  let messages = draft
  let outputTokens = 0
  let step: TraceStep | null = null
  const maxRefinements = input.maxRefinements ?? 2
  for (let round = 0; round <= maxRefinements; round++) {
    const stage = round === 0 ? 'draft' : 'refine'
    let text = ''
    const request: ChatRequest = { messages, sampling: assistant.sampling, thinking: false, ...options }
    let finish: { reason: string; error?: string | undefined; outputTokens: number } = { reason: 'stop', outputTokens: 0 }
    for await (const part of assistant.engine.chat(assistant.model, request)) {
      if (part.type === 'text-delta') {
        text += part.text
        yield { type: 'delta', stage, round, text: part.text }
      } else if (part.type === 'finish') finish = { reason: part.reason, error: part.error, outputTokens: part.timing.outputTokens }
    }
    outputTokens += finish.outputTokens
    if (finish.reason === 'aborted' || finish.reason === 'error') throw new AnswerStoppedError(finish.reason, finish.error ?? `the assistant stopped: ${finish.reason}`, step ? step.check.text : text, passages)
    const check = checkCitations(text.trim(), passages.map((passage) => passage.text))
    const critique = await critiqueAnswer(critic, { question, answer: check.text, passages, memory: memoryEntries, language, options })
    step = { stage, text: text.trim(), check, critique }
    trace.steps.push(step)
    yield { type: 'step', step, round }
    if (critique.pass || round === maxRefinements) break
    messages = refineMessages({ draft, answer: check.text, critique, removed: check.sentences.filter((sentence) => sentence.verdict === 'unsupported').map((sentence) => sentence.text), language })
  }
  const final = step!.check
  const text = final.supported > 0 ? final.text : notCoveredReply(language)
  return { text: withUrgent(text) + declineNote, mode: final.supported > 0 ? 'answer' : 'not-covered', passages, trace, outputTokens }
}

async function critiqueAnswer(
  critic: ResolvedRole | null,
  input: { question: string; answer: string; passages: readonly Passage[]; memory: readonly MemoryEntry[]; language: Language; options: { signal?: AbortSignal } }
): Promise<Critique> {
  const rules = ruleFindings(input.answer, input.memory, input.language)
  if (!critic) return { pass: rules.length === 0, issues: rules, by: 'rules' }
  const messages = critiqueMessages({ question: input.question, answer: input.answer, passages: input.passages, memory: describeMemory(input.memory, input.language), language: input.language })
  try {
    const { value } = await completeJson(critic.engine, critic.model, { messages, sampling: { temperature: 0, maxTokens: 600 }, thinking: false, ...input.options }, critiqueSchema, 'critique')
    return { pass: value.pass && rules.length === 0, issues: [...rules, ...value.issues], by: 'model' }
  } catch (error) {
    if (input.options.signal?.aborted) throw error
    return { pass: rules.length === 0, issues: rules, by: 'rules' }
  }
}
