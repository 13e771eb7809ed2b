import type { Case, CatalogueItem, FactCategory, Localized } from '../cases/case-schema'
import type { ChecklistSection } from '../cases/checklist-schema'
import { answerNames, diagnosisTerms } from '../cases/diagnosis-match'
import type { SessionLanguage } from '../patient/localize'
import { toPatientView } from '../patient/patient-view'
import { QuestionMatcher, questionTopics } from '../patient/question-matcher'
import type { MessageRow, OrderRow } from '../store/session-repository'
import { historySections, processItems, sectionLabels } from './checklist-template'
import { checklistFor } from './generate-checklist'
import { detectProcess, type StudentTurn } from './process-detectors'
import type { ComponentId, ItemResult, ScoreResult } from './score-schema'

/** Bump when a rule changes: stored scores keep the version that made them, and re-scoring adds a row. */
export const scorerVersion = 'rule-1'

/** Points per part of the score; a part that does not apply to the case gives its share to the others. */
const componentMax: Record<ComponentId, number> = { history: 55, process: 12, 'red-flags': 10, diagnosis: 15, orders: 5, efficiency: 3 }

/** A red flag found within the first half of the questions (or the first 8) is early; later earns 60 %. */
const earlyTurn = (questions: number) => Math.max(8, Math.ceil(questions / 2))
const lateCredit = 0.6
/** A question is productive when it earns an item or reveals a fact; half of them productive earns all efficiency points. */
const productiveTarget = 0.5

export interface ScoringInput {
  source: Case
  language: SessionLanguage
  messages: readonly MessageRow[]
  orders: readonly OrderRow[]
  finalDiagnosis: string | null
  differential: readonly string[] | null
  startedAt: string
  endedAt: string | null
}

interface TurnFacts extends StudentTurn {
  factIds: readonly string[]
  /** Fact categories the question asked about (matched facts and question cues). */
  topics: ReadonlySet<FactCategory>
}

/**
 * The deterministic scorer: the same session always gets the same score. It
 * reads only what was stored (messages, the fact ledger, orders, the answer)
 * and the case as it was when the session ran.
 */
export function scoreSession(input: ScoringInput): ScoreResult {
  const { source, language } = input
  const turns = studentTurns(input)
  const checklist = checklistFor(source)
  const catalogue = new Map<string, CatalogueItem>([...source.exams, ...source.tests].map((item) => [item.id, item]))
  const orderTurns = input.orders.map((order) => ({ order, turn: turns.filter((turn) => turn.createdAt <= order.createdAt).length }))

  const items: ItemResult[] = checklist.items.map((item) => {
    const base = { id: item.id, section: item.section, kind: item.kind, label: item.label, weight: item.weight }
    const byFact = item.factIds.length > 0 ? turns.find((turn) => turn.factIds.some((id) => item.factIds.includes(id))) : undefined
    if (byFact) return { ...base, status: 'earned', via: 'fact', turn: byFact.turn, messageId: byFact.messageId, quote: byFact.text, suggestion: null }
    const byOrder = item.orderIds.length > 0 ? orderTurns.find(({ order }) => order.itemId !== null && item.orderIds.includes(order.itemId)) : undefined
    if (byOrder) return { ...base, status: 'earned', via: 'order', turn: byOrder.turn, messageId: null, quote: byOrder.order.text, suggestion: null }
    const byTopic = item.topics.length > 0 ? turns.find((turn) => item.topics.some((topic) => turn.topics.has(topic))) : undefined
    if (byTopic) return { ...base, status: 'earned', via: 'topic', turn: byTopic.turn, messageId: byTopic.messageId, quote: byTopic.text, suggestion: null }
    if (item.kind === 'process' && item.detector) {
      const detected = detectProcess(item.detector, turns)
      if (detected) return { ...base, status: 'earned', via: 'detector', ...detected, suggestion: null }
    }
    const status = item.kind === 'process' && !item.detector && item.factIds.length === 0 ? 'critique' : 'missed'
    return { ...base, status, via: null, turn: null, messageId: null, quote: null, suggestion: suggestionFor(item.id, item.section, item.factIds, source, language) }
  })

  const redFlags = source.assessment.redFlags.map((flag) => {
    if (flag.factIds.length === 0) return { id: flag.id, text: flag.text, status: 'critique' as const, credit: 0, turn: null, messageId: null, quote: null }
    const found = turns.find((turn) => turn.factIds.some((id) => flag.factIds.includes(id)))
    if (!found) return { id: flag.id, text: flag.text, status: 'missed' as const, credit: 0, turn: null, messageId: null, quote: null }
    const early = found.turn <= earlyTurn(turns.length)
    return { id: flag.id, text: flag.text, status: early ? ('early' as const) : ('late' as const), credit: early ? 1 : lateCredit, turn: found.turn, messageId: found.messageId, quote: found.text }
  })

  const diagnosis = gradeDiagnosis(input)
  const orders = gradeOrders(orderTurns, catalogue, source)

  const earnedIds = new Set(items.filter((item) => item.status === 'earned').map((item) => item.id))
  const productiveTurns = new Set(items.filter((item) => item.status === 'earned' && item.turn !== null && item.via !== 'order').map((item) => item.turn))
  const seenFacts = new Set<string>()
  for (const turn of turns) {
    if (turn.factIds.some((id) => !seenFacts.has(id))) productiveTurns.add(turn.turn)
    for (const id of turn.factIds) seenFacts.add(id)
  }

  const share = (kind: 'content' | 'process') => {
    const scored = items.filter((item) => item.kind === kind && item.status !== 'critique')
    const total = scored.reduce((sum, item) => sum + item.weight, 0)
    return total > 0 ? { applicable: true, fraction: scored.filter((item) => earnedIds.has(item.id)).reduce((sum, item) => sum + item.weight, 0) / total } : { applicable: false, fraction: 0 }
  }
  const scoredFlags = redFlags.filter((flag) => flag.status !== 'critique')
  const fractions: Record<ComponentId, { applicable: boolean; fraction: number }> = {
    history: share('content'),
    process: share('process'),
    'red-flags': scoredFlags.length > 0 ? { applicable: true, fraction: scoredFlags.reduce((sum, flag) => sum + flag.credit, 0) / scoredFlags.length } : { applicable: false, fraction: 0 },
    diagnosis: { applicable: true, fraction: diagnosis.fraction },
    orders: orders.fraction === null ? { applicable: false, fraction: 0 } : { applicable: true, fraction: orders.fraction },
    efficiency: { applicable: true, fraction: turns.length === 0 ? 0 : Math.min(1, productiveTurns.size / turns.length / productiveTarget) }
  }
  const applicableMax = (Object.keys(componentMax) as ComponentId[]).filter((id) => fractions[id].applicable).reduce((sum, id) => sum + componentMax[id], 0)
  const components = (Object.keys(componentMax) as ComponentId[]).map((id) => {
    const max = fractions[id].applicable ? (componentMax[id] * 100) / applicableMax : 0
    return { id, points: round(max * fractions[id].fraction), max: round(max), applicable: fractions[id].applicable }
  })

  const sectionIds = [...new Set(items.map((item) => item.section))] as ChecklistSection[]
  const sections = sectionIds.map((id) => {
    const inSection = items.filter((item) => item.section === id && item.status !== 'critique')
    return {
      id,
      label: sectionLabels[id],
      earned: round(inSection.filter((item) => earnedIds.has(item.id)).reduce((sum, item) => sum + item.weight, 0)),
      total: round(inSection.reduce((sum, item) => sum + item.weight, 0)),
      items: inSection.length,
      earnedItems: inSection.filter((item) => earnedIds.has(item.id)).length
    }
  })

  return {
    scorerVersion,
    total: round(components.reduce((sum, component) => sum + component.points, 0)),
    components,
    checklist: { generated: checklist.generated, items },
    sections,
    redFlags,
    diagnosis: diagnosis.result,
    orders: orders.result,
    efficiency: { questions: turns.length, productiveQuestions: productiveTurns.size, durationMinutes: input.endedAt ? round((Date.parse(input.endedAt) - Date.parse(input.startedAt)) / 60_000) : null }
  }
}

const round = (value: number) => Math.round(value * 10) / 10

function studentTurns(input: ScoringInput): (TurnFacts & { createdAt: string })[] {
  const matcher = new QuestionMatcher(toPatientView(input.source))
  const turns: (TurnFacts & { createdAt: string })[] = []
  input.messages.forEach((message, index) => {
    if (message.role !== 'student') return
    // The fact ledger sits on the reply: what this question made the patient reveal.
    const reply = input.messages[index + 1]
    const factIds = reply?.role === 'patient' ? reply.factIds : []
    turns.push({ turn: turns.length + 1, messageId: message.id, text: message.text, factIds, topics: questionTopics(matcher.match(message.text)), createdAt: message.createdAt })
  })
  return turns
}

function suggestionFor(itemId: string, section: ChecklistSection, factIds: readonly string[], source: Case, language: SessionLanguage): Localized {
  const process = processItems.find((item) => item.id === itemId)
  if (process) return process.question
  const template = historySections.find((entry) => entry.id === section)
  const fact = source.facts.find((entry) => factIds.includes(entry.id))
  const hint = fact?.keywords[language]?.slice(0, 3) ?? []
  if (!template) return fact ? fact.text : { zh: '（见病例）', en: '(see the case)' }
  return hint.length > 0
    ? { zh: `${template.question.zh}（关键词：${hint.join('、')}）`, en: `${template.question.en} (key words: ${hint.join(', ')})` }
    : template.question
}

function gradeDiagnosis(input: ScoringInput): { fraction: number; result: ScoreResult['diagnosis'] } {
  const { assessment } = input.source
  const goldTerms = diagnosisTerms(assessment.diagnosis)
  const answer = input.finalDiagnosis
  const differential = [...(input.differential ?? [])]
  const correct = answer !== null && answerNames(answer, goldTerms)
  const rank = correct ? -1 : differential.findIndex((entry) => answerNames(entry, goldTerms))
  const named = assessment.differentials.map((gold) => {
    const terms = diagnosisTerms(gold)
    return { name: gold.name, named: [answer ?? '', ...differential].some((entry) => answerNames(entry, terms)) }
  })
  // 80 % for the right main diagnosis (or 40 %/rank from the differential), 20 % for covering the gold differentials.
  const main = correct ? 0.8 : rank >= 0 ? 0.4 / (rank + 1) : 0
  const coverage = named.length > 0 ? named.filter((entry) => entry.named).length / named.length : correct ? 1 : 0
  return {
    fraction: answer === null ? 0 : main + 0.2 * coverage,
    result: { submitted: answer !== null, answer, differential, correct, rankInDifferential: rank >= 0 ? rank + 1 : null, goldDifferentials: named, gold: assessment.diagnosis }
  }
}

function gradeOrders(orderTurns: readonly { order: OrderRow; turn: number }[], catalogue: ReadonlyMap<string, CatalogueItem>, source: Case): { fraction: number | null; result: ScoreResult['orders'] } {
  const items = orderTurns.map(({ order, turn }): ScoreResult['orders']['items'][number] => {
    const item = order.itemId ? catalogue.get(order.itemId) : undefined
    // Orders the case does not define came back normal: neither indicated nor wrong. Unrecognised ones were never carried out.
    const grade = item ? item.appropriateness : order.resolution === 'default' ? 'neutral' : 'ungraded'
    return { orderId: order.id, text: order.text, name: order.name, grade, costCny: order.costCny, turn }
  })
  const indicated = [...source.exams, ...source.tests].filter((item) => item.appropriateness === 'indicated')
  const orderedIds = new Set(orderTurns.flatMap(({ order }) => (order.itemId ? [order.itemId] : [])))
  const unnecessary = items.filter((item) => item.grade === 'unnecessary').length
  const harmful = items.filter((item) => item.grade === 'harmful').length
  const result = { items, totalCostCny: round(items.reduce((sum, item) => sum + item.costCny, 0)), indicatedMissed: indicated.filter((item) => !orderedIds.has(item.id)).map((item) => item.name) }
  // Nothing indicated and nothing wrong ordered: the part does not apply to this case.
  if (indicated.length === 0 && unnecessary + harmful === 0) return { fraction: null, result }
  const coverage = indicated.length > 0 ? indicated.filter((item) => orderedIds.has(item.id)).length / indicated.length : 1
  return { fraction: Math.max(0, coverage - 0.25 * unnecessary - 0.5 * harmful), result }
}
