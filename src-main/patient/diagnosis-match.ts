import type { Diagnosis } from '../cases/case-schema'
import { normalizeText } from './normalize'

/** Whether a free-text diagnosis names the given one (any language, any listed synonym). */
export function namesDiagnosis(answer: string, diagnosis: Diagnosis): boolean {
  const text = normalizeText(answer).replace(/[\s'’-]/g, '')
  if (!text) return false
  return [diagnosis.name.zh, diagnosis.name.en, ...diagnosis.synonyms]
    .filter((term): term is string => Boolean(term))
    .map((term) => normalizeText(term).replace(/[\s'’-]/g, ''))
    .some((term) => term.length >= 2 && (text === term || (term.length >= 4 && text.includes(term)) || (text.length >= 4 && term.includes(text))))
}
