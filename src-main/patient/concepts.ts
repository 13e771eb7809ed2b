import type { Keywords } from '../cases/case-schema'
import type { Concept } from './lexicon-types'
import { normalizeText } from './normalize'
import { symptomLexicon } from './symptom-lexicon'

interface CompiledConcept {
  concept: Concept
  terms: string[]
}

const compiled: CompiledConcept[] = symptomLexicon.map((concept) => ({
  concept,
  terms: [...concept.zh, ...concept.en].map(normalizeText).filter((term) => term.length > 0)
}))

/** Every lexicon term, normalised once. */
export const lexiconTerms: readonly string[] = [...new Set(compiled.flatMap((entry) => entry.terms))]

/** The concepts having at least one of the given (normalised) terms. */
export function conceptsWithAnyTerm(terms: ReadonlySet<string>): Concept[] {
  return compiled.filter((entry) => entry.terms.some((term) => terms.has(term))).map((entry) => entry.concept)
}

/** The lexicon concepts a text mentions, by normalised substring. */
export function conceptsIn(text: string, lexicon: readonly CompiledConcept[] = compiled): Concept[] {
  const normal = normalizeText(text)
  return lexicon.filter((entry) => entry.terms.some((term) => normal.includes(term))).map((entry) => entry.concept)
}

/**
 * Keywords for a fact written in one language: the lexicon terms of every
 * symptom or finding it mentions, in both languages, so an English question
 * can reach a Chinese-only imported case and the other way round.
 */
export function keywordsFromLexicon(text: string, perConcept = 6): Keywords {
  const zh = new Set<string>()
  const en = new Set<string>()
  for (const concept of conceptsIn(text)) {
    if (concept.kind !== 'symptom' && concept.kind !== 'finding') continue
    concept.zh.slice(0, perConcept).forEach((term) => zh.add(term))
    concept.en.slice(0, perConcept).forEach((term) => en.add(term))
  }
  return { ...(zh.size ? { zh: [...zh] } : {}), ...(en.size ? { en: [...en] } : {}) }
}
