import type { FactCategory } from '../cases/case-schema'

/**
 * A concept the question matcher recognises in both languages. Terms are
 * matched as substrings after normalisation (lower case, half-width), so
 * Chinese terms need no segmentation and English terms should be stems
 * where useful ("allerg" matches allergy/allergic).
 */
export interface Concept {
  id: string
  /**
   * symptom: something a patient has or denies (a question about an absent one gets a denial);
   * finding: a sign or detail that belongs to a symptom (colour, site, side);
   * cue: a question word that points at a kind of history (when, where, family, allergy…);
   * greeting, closing: conversation moves.
   */
  kind: 'symptom' | 'finding' | 'cue' | 'greeting' | 'closing'
  zh: string[]
  en: string[]
  /** Fact categories this concept points to (mostly for cues). */
  categories?: FactCategory[]
}

/** A catalogue entry for ordering exams and tests when a case does not define them. */
export interface OrderConcept {
  id: string
  kind: 'exam' | 'test'
  zh: string[]
  en: string[]
  /** The result a healthy adult would have: what an order the case does not define returns. */
  normal: { zh: string; en: string }
  costCny: number
  turnaroundMinutes: number
}
