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
  if (parts.length > 0) return unique(parts).join(language === 'zh' ? '' : ' ')

  switch (match.intent) {
    case 'denial':
      return language === 'zh' ? '没有，这方面没什么问题。' : "No, nothing like that."
    case 'greeting':
      return language === 'zh' ? '医生您好。' : 'Hello, doctor.'
    case 'closing':
      return language === 'zh' ? '没有了，就这些。' : "No, I think that's everything."
    default:
      return language === 'zh' ? '不好意思，我没太听明白您的意思。' : "Sorry, I don't quite follow. What do you mean?"
  }
}

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
