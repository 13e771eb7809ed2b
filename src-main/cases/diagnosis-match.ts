import type { Diagnosis } from './case-schema'
import { normalizeText } from '../patient/normalize'
import { diagnosisGroups } from './diagnosis-lexicon'

const squash = (text: string) => normalizeText(text).replace(/[\s'’\-·・]/g, '')

/** "甲状腺功能亢进症（Graves 病）" → the whole name and each part, squashed. */
function pieces(name: string): string[] {
  const whole = squash(name)
  const parts = name.split(/[()（）,，;；/、]/).map(squash).filter((part) => part.length >= 2)
  return [...new Set([whole, ...parts])]
}

const indexedGroups = diagnosisGroups.map((group) => group.map(squash))

/**
 * Every name a diagnosis goes by: the case's own names and synonyms, their
 * parenthesised parts, and the lexicon groups any of them belongs to.
 */
export function diagnosisTerms(diagnosis: Diagnosis): string[] {
  const own = [diagnosis.name.zh, diagnosis.name.en, ...diagnosis.synonyms].filter((term): term is string => Boolean(term)).flatMap(pieces)
  const terms = new Set(own)
  for (const group of indexedGroups) {
    // A group joins when one of its names is one of ours, or most of one of ours ("社区获得性肺炎" in "肺炎链球菌肺炎（社区获得性肺炎）").
    if (group.some((term) => own.some((mine) => mine === term || (term.length >= 4 && mine.includes(term) && term.length * 2 >= mine.length)))) {
      for (const term of group) terms.add(term)
    }
  }
  return [...terms]
}

/** Whether a free-text answer names the diagnosis (any language, synonym or abbreviation). */
export function answerNames(answer: string, terms: readonly string[]): boolean {
  const text = squash(answer)
  if (!text) return false
  return terms.some((term) => term.length >= 2 && (text === term || (term.length >= 4 && text.includes(term)) || (text.length >= 4 && term.includes(text) && text.length * 2 >= term.length)))
}

/** Whether a free-text answer names this diagnosis: the one rule the practice outcome and the scorer share. */
export function namesDiagnosis(answer: string, diagnosis: Diagnosis): boolean {
  return answerNames(answer, diagnosisTerms(diagnosis))
}
