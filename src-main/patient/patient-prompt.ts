import type { Fact } from '../cases/case-schema'
import type { MessageRow } from '../store/session-repository'
import { pick, type SessionLanguage } from './localize'
import type { ChatTurn } from './patient-model'
import type { PatientView } from './patient-view'

/** Verbatim turns kept in the prompt; older ones are represented by the revealed-facts summary. */
const recentTurns = 6

/**
 * The prompt holds only what the patient may say now: the matched facts,
 * the volunteered ones, and a structured summary of what was already said.
 * The diagnosis, hidden facts and results are not in it, by construction.
 */
export function buildPatientPrompt(input: {
  view: PatientView
  language: SessionLanguage
  allowedFacts: readonly Fact[]
  revealedFacts: readonly Fact[]
  history: readonly MessageRow[]
  question: string
  strict: boolean
}): ChatTurn[] {
  const { view, language } = input
  const zh = language === 'zh'
  const who = [pick(view.patient.name, language), view.patient.age !== undefined ? (zh ? `${view.patient.age}岁` : `${view.patient.age} years old`) : '', pick(view.patient.occupation, language)]
    .filter(Boolean)
    .join(zh ? '，' : ', ')
  const style = pick(view.persona.speechStyle, language)
  const lines = (facts: readonly Fact[]) => facts.map((fact) => `- ${pick(fact.say, language)}`).join('\n') || (zh ? '（无）' : '(none)')

  const rules = zh
    ? [
        `你在扮演一位来看病的病人：${who}。${style ? `说话风格：${style}。` : ''}`,
        '你是病人，不是医生，也不是AI助手：绝不做诊断、不猜病名、不给医疗建议，不谈检查结果。',
        '只回答医生这一次问到的内容，用第一人称、口语化的一两句话。',
        '你只知道下面列出的关于自己的情况。问到没列出的症状，就说没有；其他没列出的，说不清楚。不要编造。',
        ...(input.strict ? ['上一次回答说了不该说的内容。这一次只复述下面允许的内容。'] : []),
        `这一次可以说的：\n${lines(input.allowedFacts)}`,
        `之前已经说过的：\n${lines(input.revealedFacts)}`
      ]
    : [
        `You are playing a patient seeing a doctor: ${who}.${style ? ` Speaking style: ${style}.` : ''}`,
        'You are the patient, not a doctor and not an AI assistant: never diagnose, never guess the name of an illness, never give medical advice, never discuss test results.',
        "Answer only what the doctor asked this time, in the first person, in one or two plain sentences.",
        "You know only the facts below about yourself. If asked about a symptom not listed, say you haven't had it; for anything else not listed, say you're not sure. Never invent.",
        ...(input.strict ? ['Your last answer said something it must not. This time repeat only what is allowed below.'] : []),
        `What you may say now:\n${lines(input.allowedFacts)}`,
        `What you have already said:\n${lines(input.revealedFacts)}`
      ]
  const turns: ChatTurn[] = [{ role: 'system', content: rules.join('\n') }]
  for (const message of input.history.slice(-recentTurns)) turns.push({ role: message.role === 'student' ? 'user' : 'assistant', content: message.text })
  turns.push({ role: 'user', content: input.question })
  return turns
}
