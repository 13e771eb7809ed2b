import type { Fact, FactCategory } from '../cases/case-schema'
import type { Concept } from './lexicon-types'
import { conceptsIn, conceptsWithAnyTerm, lexiconTerms } from './concepts'
import { normalizeText } from './normalize'
import type { PatientView } from './patient-view'

export type QuestionIntent =
  /** Matched one or more facts. */
  | 'history'
  /** Asked about a symptom or a kind of history the case does not have: the patient denies it, as a well person would. */
  | 'denial'
  | 'greeting'
  | 'closing'
  /** Nothing about the patient at all. */
  | 'off-topic'

export interface FactMatch {
  fact: Fact
  score: number
}

export interface QuestionMatch {
  intent: QuestionIntent
  facts: FactMatch[]
  /** Symptoms asked about that no fact covers. */
  absentSymptoms: Concept[]
  /** Every concept the question mentions (for the ledger and for debugging). */
  concepts: Concept[]
}

interface IndexedFact {
  fact: Fact
  /** Position in the case: ties go to the earlier fact. */
  position: number
  keywords: string[]
  /** The fact's own text, normalised: a question word found in it is evidence too. */
  text: string
  conceptIds: Set<string>
}

/** How many facts one answer may reveal: enough for "any other symptoms?", never the whole case. */
const maxFactsPerAnswer = 3

/**
 * Matches a question to fact slots with the bilingual lexicon: direct keyword
 * hits, shared symptom concepts, and question cues pointing at a category
 * ("过敏" → allergy). Deterministic: the same question on the same case
 * always gives the same facts.
 */
export class QuestionMatcher {
  readonly #facts: IndexedFact[]

  constructor(view: PatientView) {
    this.#facts = view.facts.map((fact, position) => {
      const keywords = [...(fact.keywords.zh ?? []), ...(fact.keywords.en ?? [])].map(normalizeText).filter((term) => term.length >= 2)
      const text = normalizeText([fact.text.zh, fact.text.en].filter(Boolean).join(' '))
      return { fact, position, keywords, text, conceptIds: new Set(conceptsIn([text, ...keywords].join(' ')).map((concept) => concept.id)) }
    })
  }

  match(question: string): QuestionMatch {
    const normal = normalizeText(question)
    // A term inside a longer matched term does not count on its own: "哪里" in "哪里不舒服" is not a question about the site.
    const active = unshadowedTerms(normal, [...lexiconTerms, ...this.#facts.flatMap((entry) => entry.keywords)])
    const concepts = conceptsWithAnyTerm(active)
    const symptoms = concepts.filter((concept) => concept.kind === 'symptom')
    const cueCategories = new Set(concepts.filter((concept) => concept.kind === 'cue').flatMap((concept) => concept.categories ?? []))

    const scored: (FactMatch & { position: number })[] = []
    for (const entry of this.#facts) {
      let score = 0
      for (const keyword of entry.keywords) if (active.has(keyword)) score += keyword.length >= 4 ? 4 : 3
      for (const term of active) if (term.length >= 2 && !entry.keywords.includes(term) && entry.text.includes(term)) score += 2
      for (const symptom of symptoms) if (entry.conceptIds.has(symptom.id)) score += 3
      if (cueCategories.has(entry.fact.category)) score += symptoms.length > 0 ? 1 : 2
      if (score >= 2) scored.push({ fact: entry.fact, score, position: entry.position })
    }
    scored.sort((a, b) => b.score - a.score || a.position - b.position)
    const best = scored[0]?.score ?? 0
    // Keep the clear winners: close to the best score, and few of them.
    const facts = scored
      .filter((match) => match.score >= Math.max(2, best * 0.7))
      .slice(0, maxFactsPerAnswer)
      .map(({ fact, score }) => ({ fact, score }))

    // Only symptoms no fact of the case mentions are denied: a symptom the case has is never denied.
    const absentSymptoms = symptoms.filter((symptom) => !this.#facts.some((entry) => entry.conceptIds.has(symptom.id)))

    const intent: QuestionIntent = facts.length > 0
      ? 'history'
      : absentSymptoms.length > 0 || cueCategories.size > 0
        ? 'denial'
        : concepts.some((concept) => concept.kind === 'closing')
          ? 'closing'
          : concepts.some((concept) => concept.kind === 'greeting')
            ? 'greeting'
            : 'off-topic'
    return { intent, facts, absentSymptoms, concepts }
  }
}

/** The kinds of history a question asked about: the categories its cue words point to and those of the facts it reached. */
export function questionTopics(match: QuestionMatch): Set<FactCategory> {
  return new Set([...match.concepts.filter((concept) => concept.kind === 'cue').flatMap((concept) => concept.categories ?? []), ...match.facts.map(({ fact }) => fact.category)])
}

/** The terms that occur in the text somewhere not inside a longer occurring term. */
function unshadowedTerms(text: string, terms: readonly string[]): Set<string> {
  const spans: { term: string; start: number; end: number }[] = []
  for (const term of new Set(terms)) {
    for (let start = text.indexOf(term); start !== -1; start = text.indexOf(term, start + 1)) spans.push({ term, start, end: start + term.length })
  }
  const active = new Set<string>()
  for (const span of spans) {
    const shadowed = spans.some((other) => other.term.length > span.term.length && other.start <= span.start && other.end >= span.end)
    if (!shadowed) active.add(span.term)
  }
  return active
}
