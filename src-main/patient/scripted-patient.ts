import type { Concept } from './lexicon-types'
import { pick, type SessionLanguage } from './localize'
import type { PatientView } from './patient-view'
import type { QuestionMatch } from './question-matcher'

/** Answers that need no model: the matched facts' own lines, denials, and a few conversation moves. */
export function scriptedReply(view: PatientView, question: string, match: QuestionMatch, language: SessionLanguage): string {
  const demographic = demographicAnswer(view, question, language)
  const parts: string[] = []
  if (demographic) parts.push(demographic)
  for (const { fact } of match.facts) parts.push(pick(fact.say, language))
  if (match.absentSymptoms.length > 0) parts.push(denial(match.absentSymptoms, language))
  if (parts.length > 0) {
    // "…对吗？" after the doctor summarises facts the patient has: the patient confirms.
    const confirms = match.facts.length > 0 && match.facts.every(({ fact }) => !fact.negative) && confirmationTag.test(question.trim())
    if (confirms) parts.unshift(language === 'zh' ? '对，' : 'Yes.')
    return unique(parts).join(language === 'zh' ? '' : ' ')
  }

  switch (match.intent) {
    case 'denial':
      return fallback.denial[language]
    case 'greeting':
      return fallback.greeting[language]
    case 'closing':
      return fallback.closing[language]
    default:
      // Asked for their own diagnosis, a patient does not know it: that is why they came.
      return asksForDiagnosis.test(question) ? fallback.doesNotKnow[language] : fallback.notUnderstood[language]
  }
}

const fallback = {
  denial: { zh: '没有，这方面没什么问题。', en: 'No, nothing like that.' },
  greeting: { zh: '医生您好。', en: 'Hello, doctor.' },
  closing: { zh: '没有了，就这些。', en: "No, I think that's everything." },
  notUnderstood: { zh: '不好意思，我没太听明白您的意思。', en: "Sorry, I don't quite follow. What do you mean?" },
  doesNotKnow: { zh: '我也不知道是什么病，所以才来找您看看。', en: "I don't know what it is. That's why I came to see you." }
}

const asksForDiagnosis = /什么病|诊断|病名|diagnos|what (?:do i|i) have|what(?:'s| is) wrong with (?:me|you)/i

/** Replies that carry no case content: the evaluation counts them as not answered. */
export const fallbackReplies: ReadonlySet<string> = new Set(Object.values(fallback).flatMap((text) => [text.zh, text.en]))

const confirmationTag = /(?:对吗|是吗|对吧|是吧|是这样吗|没错吧)[？?]?$|(?:right|correct|is that right|is that correct)\??$/i

function denial(symptoms: Concept[], language: SessionLanguage): string {
  if (language === 'zh') return `没有${symptoms.map((symptom) => symptom.zh[0]).join('，也没有')}。`
  return `No, I haven't had any ${symptoms.map((symptom) => symptom.en[0]).join(' or ')}.`
}

function demographicAnswer(view: PatientView, question: string, language: SessionLanguage): string | null {
  const { patient } = view
  if (/名字|姓名|叫什么|怎么称呼|your name|who are you/i.test(question) && patient.name) {
    return language === 'zh' ? `我叫${pick(patient.name, language)}。` : `I'm ${pick(patient.name, language)}.`
  }
  if (/多大|年龄|几岁|多少岁|how old|your age/i.test(question) && (patient.age !== undefined || patient.ageText)) {
    const age = patient.ageText ? pick(patient.ageText, language) : String(patient.age)
    return language === 'zh' ? `我${age}${/岁/.test(age) ? '' : '岁'}了。` : `I'm ${age}.`
  }
  return null
}

function unique(parts: string[]): string[] {
  return [...new Set(parts.filter(Boolean))]
}
