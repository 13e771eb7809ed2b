import type { CatalogueItem, Localized } from '../cases/case-schema'
import type { OrderConcept } from './lexicon-types'
import { mentionsTerm, normalizeText } from './normalize'
import { orderLexicon } from './order-lexicon'

export type OrderResolution =
  /** Items the case defines: their results unlock now. */
  | { kind: 'matched'; items: { item: CatalogueItem; type: 'exam' | 'test' }[] }
  /** A recognised exam or test the case does not define: a normal result, so absence gives nothing away. */
  | { kind: 'default'; concept: OrderConcept; result: Localized }
  /** The case defines no catalogue of this kind at all (some imported records): say so honestly. */
  | { kind: 'unavailable'; concept: OrderConcept }
  /** "Tell me all my results": refused; the student must name what they want. */
  | { kind: 'vague' }
  | { kind: 'unrecognised' }

const vague = /所有(?:的)?(?:检查|结果|化验)|全部(?:检查|结果)|全套|都查|全面检查|什么检查都|all (?:my |the )?(?:results|tests|investigations|labs)|every test|everything|full work-?up|order everything/i

function termsOf(item: CatalogueItem): string[] {
  return [item.name.zh, item.name.en, ...(item.synonyms.zh ?? []), ...(item.synonyms.en ?? [])]
    .filter((term): term is string => Boolean(term))
    .map(normalizeText)
    .filter((term) => term.length >= 2)
}

/** Maps a free-text order ("查个血常规", "ECG please", "听诊心脏") onto the case's catalogue. */
export function resolveOrder(order: string, catalogue: { exams: CatalogueItem[]; tests: CatalogueItem[] }): OrderResolution {
  const text = normalizeText(order)
  if (vague.test(order)) return { kind: 'vague' }
  const concepts = orderLexicon.filter((concept) => [...concept.zh, ...concept.en].some((term) => mentionsTerm(text, normalizeText(term))))
  const all = [...catalogue.exams.map((item) => ({ item, type: 'exam' as const })), ...catalogue.tests.map((item) => ({ item, type: 'test' as const }))]

  const matched = all.filter(({ item }) => {
    const terms = termsOf(item)
    if (terms.some((term) => mentionsTerm(text, term))) return true
    // The order names a known exam/test under another name than the case uses.
    return concepts.some((concept) => [...concept.zh, ...concept.en].some((term) => terms.some((own) => own.includes(normalizeText(term)) || normalizeText(term).includes(own))))
  })
  if (matched.length > 0) return { kind: 'matched', items: matched }

  const concept = concepts[0]
  if (!concept) return { kind: 'unrecognised' }
  const definesKind = concept.kind === 'exam' ? catalogue.exams.length > 0 : catalogue.tests.length > 0
  return definesKind ? { kind: 'default', concept, result: concept.normal } : { kind: 'unavailable', concept }
}
