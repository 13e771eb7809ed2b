import type { Case, CatalogueItem, Fact } from '../cases/case-schema'
import { conceptsIn } from './concepts'
import { mentionsTerm, normalizeText } from './normalize'

export interface Violation {
  kind: 'diagnosis' | 'hidden-fact' | 'unordered-result' | 'out-of-role'
  /** What gave it away: the term, fact id or item id. */
  evidence: string
}

const outOfRole: RegExp[] = [
  /\bas an ai\b|\blanguage model\b|\bi am an? (?:ai|assistant|chatbot)\b|作为(?:一个)?(?:ai|人工智能|语言模型|助手)|我是(?:一个)?(?:ai|人工智能|语言模型|助手)/i,
  /\b(?:your|the) diagnosis is\b|\byou (?:probably |likely )?have (?:a |an )?(?:case of )?[a-z]+ (?:disease|syndrome)\b|诊断(?:为|是)|你(?:可能|应该)?(?:得|患)了/i,
  /\bi (?:would )?(?:recommend|prescribe|suggest you take)\b|我建议你(?:吃|服用|用)|你应该(?:吃|服用)/i,
  /\bsystem prompt\b|\bmy instructions\b|系统提示|我的指令/i
]

/**
 * Checks a reply before it is shown: against the diagnosis and its synonyms,
 * facts still hidden, results not yet ordered, and speech out of role. Terms
 * that the allowed facts themselves contain (a father's heart attack in the
 * family history) are sanctioned.
 */
export class DisclosureGuard {
  readonly #diagnosisTerms: string[]
  readonly #facts: readonly { fact: Fact; symptomIds: string[] }[]
  readonly #catalogue: { item: CatalogueItem; tokens: string[] }[]

  constructor(source: Case) {
    const { diagnosis } = source.assessment
    this.#diagnosisTerms = [diagnosis.name.zh, diagnosis.name.en, ...diagnosis.synonyms].filter((term): term is string => Boolean(term)).map(normalizeText)
    // What each fact and result could give away is fixed per case: worked out once, not per reply.
    this.#facts = source.facts.map((fact) => ({
      fact,
      symptomIds: conceptsIn([fact.text.zh, fact.text.en].filter(Boolean).join(' ')).filter((concept) => concept.kind === 'symptom').map((concept) => concept.id)
    }))
    this.#catalogue = [...source.exams, ...source.tests].map((item) => ({ item, tokens: distinctiveTokens(item) }))
  }

  check(reply: string, context: { question: string; allowedFactIds: ReadonlySet<string>; orderedItemIds: ReadonlySet<string> }): Violation[] {
    const normal = normalizeText(reply)
    const allowed = this.#facts.map(({ fact }) => fact).filter((fact) => context.allowedFactIds.has(fact.id))
    const sanctioned = normalizeText([context.question, ...allowed.flatMap((fact) => [fact.say.zh, fact.say.en, fact.text.zh, fact.text.en])].filter(Boolean).join(' '))
    const violations: Violation[] = []

    for (const term of this.#diagnosisTerms) {
      if (mentionsTerm(normal, term) && !mentionsTerm(sanctioned, term)) violations.push({ kind: 'diagnosis', evidence: term })
    }

    const replyConcepts = new Set(conceptsIn(reply).filter((concept) => concept.kind === 'symptom').map((concept) => concept.id))
    const sanctionedConcepts = new Set(conceptsIn(sanctioned).map((concept) => concept.id))
    for (const { fact, symptomIds } of this.#facts) {
      if (context.allowedFactIds.has(fact.id) || fact.negative) continue
      const leaked = symptomIds.find((id) => replyConcepts.has(id) && !sanctionedConcepts.has(id))
      if (leaked) violations.push({ kind: 'hidden-fact', evidence: `${fact.id} (${leaked})` })
    }

    for (const { item, tokens } of this.#catalogue) {
      if (context.orderedItemIds.has(item.id)) continue
      const token = tokens.find((candidate) => normal.includes(candidate))
      if (token) violations.push({ kind: 'unordered-result', evidence: `${item.id} (${token})` })
    }

    for (const pattern of outOfRole) {
      const found = pattern.exec(reply)
      if (found) violations.push({ kind: 'out-of-role', evidence: found[0] })
    }
    return violations
  }
}

/** Values from a result that no one would say by chance: decimals, ratios, values with units. */
function distinctiveTokens(item: CatalogueItem): string[] {
  const text = normalizeText([item.result.zh, item.result.en].filter(Boolean).join(' '))
  return [...new Set(text.match(/\d+\.\d+|\d+\/\d+|\d+\s*(?:mmol\/l|ng\/ml|g\/l|mg\/l|u\/l|μmol\/l|×10)/g) ?? [])].filter((token) => token.length >= 3)
}
