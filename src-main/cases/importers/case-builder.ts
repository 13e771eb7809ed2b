import { keywordsFromLexicon } from '../../patient/concepts'
import { caseSchemaVersion, type CaseInput, type CatalogueItem, type Diagnosis, type FactCategory, type Localized } from '../case-schema'
import { categorize, type RecordSection } from './categorize'
import { firstPersonEn, firstPersonZh } from './first-person'
import { isNegativeStatement, splitStatements } from './sentences'

type Language = 'zh' | 'en'
type CaseMeta = Pick<CaseInput, 'id' | 'title' | 'specialty' | 'patient' | 'persona' | 'source'> & { setting?: Localized; difficulty?: CaseInput['difficulty'] }

/**
 * Accumulates the parts of an imported case in one language: statements
 * become atomic facts with stable ids, first-person lines and lexicon
 * keywords; whatever has no field goes into notes.
 */
export class CaseBuilder {
  readonly #facts: NonNullable<CaseInput['facts']> = []
  readonly #exams: CatalogueItem[] = []
  readonly #tests: CatalogueItem[] = []
  readonly #notes: { source: string; text: string }[] = []
  readonly #ids = new Map<string, number>()

  constructor(readonly language: Language) {}

  localized(text: string): Localized {
    return { [this.language]: text.trim() }
  }

  /** Splits a paragraph of one record section into facts. */
  addSection(section: RecordSection, paragraph: string | undefined): void {
    if (!paragraph?.trim()) return
    const statements = section === 'chief-complaint' ? [paragraph.trim()] : splitStatements(paragraph)
    statements.forEach((statement, index) => this.addFact(categorize(statement, section, index === 0), statement))
  }

  addFact(category: FactCategory, text: string, say?: string): void {
    const clean = text.trim()
    if (!clean) return
    this.#facts.push({
      id: this.#nextId(factIdPrefix[category]),
      category,
      disclosure: category === 'chief-complaint' ? 'volunteered' : 'on-ask',
      text: this.localized(clean),
      say: this.localized(say ?? (this.language === 'zh' ? firstPersonZh(clean) : firstPersonEn(clean))),
      keywords: keywordsFromLexicon(clean),
      negative: isNegativeStatement(clean)
    })
  }

  addCatalogueItem(kind: 'exam' | 'test', name: string, result: string, synonyms: string[] = []): void {
    if (!name.trim() || !result.trim()) return
    const item: CatalogueItem = {
      id: this.#nextId(`${kind}.${slug(name) || 'item'}`),
      name: this.localized(name),
      synonyms: { [this.language]: [...new Set([name.trim(), ...synonyms.map((term) => term.trim()).filter(Boolean)])] },
      result: this.localized(result),
      abnormal: !looksNormal(result),
      appropriateness: 'neutral'
    }
    ;(kind === 'exam' ? this.#exams : this.#tests).push(item)
  }

  note(source: string, text: unknown): void {
    const value = typeof text === 'string' ? text.trim() : JSON.stringify(text)
    if (value && value !== '""' && value !== 'null') this.#notes.push({ source, text: value })
  }

  diagnosis(name: string, synonyms: string[] = []): Diagnosis {
    return { name: this.localized(name), synonyms: synonyms.filter((synonym) => synonym.trim() && synonym !== name) }
  }

  build(meta: CaseMeta, assessment: CaseInput['assessment']): CaseInput {
    const terms = diagnosisTerms(assessment.diagnosis)
    const title = meta.title[this.language] ?? ''
    const titleTerm = terms.find((term) => title.toLowerCase().includes(term.toLowerCase()))
    return {
      schemaVersion: caseSchemaVersion,
      ...meta,
      title: titleTerm ? this.localized(title.replace(termPattern(titleTerm), this.language === 'zh' ? '（病名略）' : '(condition withheld)')) : meta.title,
      facts: this.#redactDiagnosis(terms),
      exams: this.#exams,
      tests: this.#tests,
      assessment,
      notes: this.#notes
    }
  }

  /**
   * Records often say what an earlier doctor diagnosed; a patient who says it
   * hands the student the answer. The patient's line gets a vague stand-in;
   * the clinical text keeps the original, and a note records the change.
   */
  #redactDiagnosis(terms: string[]): NonNullable<CaseInput['facts']> {
    const standIn = this.language === 'zh' ? '一个病（医生说的病名我记不清了）' : "a condition (I can't remember what the doctor called it)"
    return this.#facts.map((fact) => {
      const say = fact.say[this.language] ?? ''
      const term = terms.find((candidate) => say.toLowerCase().includes(candidate.toLowerCase()))
      if (!term) return fact
      this.#notes.push({ source: `facts.${fact.id}.say`, text: `diagnosis name replaced in the patient's line: ${say}` })
      return { ...fact, say: { [this.language]: say.replace(termPattern(term), standIn) } }
    })
  }

  get factCount(): number {
    return this.#facts.length
  }

  #nextId(prefix: string): string {
    const count = (this.#ids.get(prefix) ?? 0) + 1
    this.#ids.set(prefix, count)
    return count === 1 ? prefix : `${prefix}.${count}`
  }
}

/** The diagnosis's names long enough to find safely inside other text, longest first. */
function diagnosisTerms(diagnosis: CaseInput['assessment']['diagnosis']): string[] {
  return [diagnosis.name.zh, diagnosis.name.en, ...(diagnosis.synonyms ?? [])]
    .filter((term): term is string => Boolean(term) && (/\p{Script=Han}/u.test(term!) ? term!.length >= 3 : term!.length >= 4))
    .sort((a, b) => b.length - a.length)
}

function termPattern(term: string): RegExp {
  return new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi')
}

const factIdPrefix: Record<FactCategory, string> = {
  'chief-complaint': 'cc',
  'hpi-onset': 'hpi.onset',
  'hpi-site': 'hpi.site',
  'hpi-character': 'hpi.character',
  'hpi-radiation': 'hpi.radiation',
  'hpi-associated': 'hpi.associated',
  'hpi-timing': 'hpi.timing',
  'hpi-modifying': 'hpi.modifying',
  'hpi-severity': 'hpi.severity',
  'hpi-course': 'hpi.course',
  'hpi-prior-care': 'hpi.prior-care',
  'hpi-general': 'hpi.general',
  'past-history': 'pmh',
  surgery: 'surgery',
  medication: 'medication',
  allergy: 'allergy',
  social: 'social',
  family: 'family',
  'menstrual-reproductive': 'menstrual',
  'review-of-systems': 'ros',
  'ice-ideas': 'ice.idea',
  'ice-concerns': 'ice.concern',
  'ice-expectations': 'ice.expectation'
}

/** An ASCII id part from any name; Chinese names fall back to their position. */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
}

function looksNormal(result: string): boolean {
  return /^(?:normal|unremarkable|negative|within normal|no abnormal|未见(?:明显)?异常|正常|阴性)/i.test(result.trim())
}

/** "35-year-old female" / "女性，64岁" → age and sex. */
export function parseDemographics(text: string): { age?: number; sex: 'female' | 'male' | 'unknown' } {
  const age = /(\d{1,3})\s*(?:-?\s*year|岁|y\/?o)/i.exec(text)?.[1]
  const sex = /\b(?:female|woman|girl|lady)\b|女/i.test(text) ? 'female' : /\b(?:male|man|boy|gentleman)\b|男/i.test(text) ? 'male' : 'unknown'
  return { ...(age ? { age: Number(age) } : {}), sex }
}
