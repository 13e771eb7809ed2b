import type { FactCategory } from '../case-schema'
import { isNegativeStatement } from './sentences'

/** The part of a record a statement came from. */
export type RecordSection =
  | 'chief-complaint'
  | 'present-illness'
  | 'past-history'
  | 'allergy'
  | 'surgery'
  | 'medication'
  | 'personal'
  | 'menstrual-reproductive'
  | 'family'
  | 'review-of-systems'
  | 'ice-ideas'
  | 'ice-concerns'
  | 'ice-expectations'

const rules: [RegExp, FactCategory][] = [
  [/过敏|allerg/i, 'allergy'],
  [/手术|外伤|开刀|surgery|operation|operated|injur/i, 'surgery'],
  [/(?:服用|口服|服药|用药|注射|治疗|就诊|住院|医院|诊所|诊断为|检查|taking|takes|medication|prescribed|treated|treatment|hospital|clinic|seen by|was told)/i, 'hpi-prior-care'],
  [/(?:饮食|食欲|胃口|睡眠|大小便|大便|小便|体重|精神|appetite|sleep|weight|bowel|urinat)/i, 'hpi-general'],
  [/(?:加重|缓解|诱因|休息后|活动后|劳累|worse|better|relieve|aggravat|trigger|exertion|after (?:eating|exercise))/i, 'hpi-modifying'],
  [/(?:伴|同时|并出现|associated|along with|accompanied|also (?:has|reports|notes))/i, 'hpi-associated']
]

/** Puts one statement of a section into a fact category. */
export function categorize(statement: string, section: RecordSection, isFirstOfSection: boolean): FactCategory {
  switch (section) {
    case 'chief-complaint':
    case 'family':
    case 'review-of-systems':
    case 'ice-ideas':
    case 'ice-concerns':
    case 'ice-expectations':
    case 'allergy':
    case 'surgery':
    case 'medication':
    case 'menstrual-reproductive':
      return section
    case 'personal':
      return /月经|例假|怀孕|妊娠|生育|婚|menstrua|period|pregnan|married/i.test(statement) ? 'menstrual-reproductive' : 'social'
    case 'past-history':
      if (/过敏|allerg/i.test(statement)) return 'allergy'
      if (/手术|外伤|surgery|operation/i.test(statement)) return 'surgery'
      if (/(?:服用|口服|用药|medication|taking|takes)/i.test(statement)) return 'medication'
      return 'past-history'
    case 'present-illness': {
      if (isFirstOfSection) return 'hpi-onset'
      if (isNegativeStatement(statement)) return 'hpi-associated'
      for (const [pattern, category] of rules) if (pattern.test(statement)) return category
      const hasTime = /(?:\d+|[一二三四五六七八九十半数几]+)\s*(?:余)?(?:个)?(?:年|月|周|天|日|小时|分钟)|(?:\d+|one|two|three|several|a few)[- ](?:year|month|week|day|hour)|\b(?:ago|since|history of)\b/i.test(statement)
      if (hasTime) return 'hpi-course'
      return 'hpi-character'
    }
  }
}
