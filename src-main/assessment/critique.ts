import { z } from 'zod'
import type { Case } from '../cases/case-schema'
import { AppError } from '../core/errors'
import { parseJsonText } from '../core/schema-problems'
import { pick, type SessionLanguage } from '../patient/localize'
import type { ChatTurn } from '../patient/patient-model'
import type { MessageRow } from '../store/session-repository'
import type { ItemResult } from './score-schema'

/** Bump when the prompt or the verdict shape changes; stored critiques keep the version that wrote them. */
export const critiquePromptVersion = 'critique-1'

/** What the `judge` role needs: one structured completion at temperature 0. The engines work provides it. */
export interface JudgeModel {
  readonly info: { engine: string; model: string; adapter: string | null }
  completeJson(messages: ChatTurn[], options: { jsonSchema: Record<string, unknown>; temperature: 0; signal?: AbortSignal }): Promise<{ text: string }>
}

export const verdictSchema = z.object({
  processItems: z
    .array(
      z.object({
        id: z.string(),
        pass: z.boolean(),
        /** The 1-based student turn quoted as evidence; null when the item was never done. */
        turn: z.number().int().positive().nullable(),
        quote: z.string().max(400)
      })
    )
    .max(40),
  strengths: z.array(z.string().min(1).max(400)).max(5),
  improvements: z.array(z.string().min(1).max(400)).min(1).max(3)
})
export type Verdict = z.infer<typeof verdictSchema>

/** A verdict as stored: the judge's words plus whether each quote is really in the turn it names. */
export const storedVerdictSchema = verdictSchema.extend({
  processItems: z.array(verdictSchema.shape.processItems.element.extend({ quoteFound: z.boolean() }))
})
export type StoredVerdict = z.infer<typeof storedVerdictSchema>

export class JudgeUnavailableError extends AppError<Record<string, never>> {
  constructor() {
    super('JUDGE_UNAVAILABLE', 'No model is assigned to the judge role, so there is no critique; the rule score stands on its own. Assign one in Models & engines.', {})
  }
}

export class VerdictInvalidError extends AppError<{ problems: { path: string; message: string }[] }> {
  constructor(problems: { path: string; message: string }[]) {
    super('VERDICT_INVALID', `The judge's verdict did not match its schema (${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}); nothing was stored.`, { problems })
  }
}

export function buildCritiquePrompt(input: { source: Case; language: SessionLanguage; messages: readonly MessageRow[]; processItems: readonly ItemResult[] }): ChatTurn[] {
  const { language } = input
  let turn = 0
  const transcript = input.messages
    .map((message) => (message.role === 'student' ? `[${++turn}] ${language === 'zh' ? '医生' : 'Doctor'}: ${message.text}` : `    ${language === 'zh' ? '患者' : 'Patient'}: ${message.text}`))
    .join('\n')
  const items = input.processItems.map((item) => `- ${item.id}: ${pick(item.label, language)}`).join('\n')
  const system =
    language === 'zh'
      ? '你是医学教育中的问诊考官。只根据下面的问诊记录评价学生（医生）的沟通过程。每个过程条目给出 pass/fail，并引用学生在某一轮说的原话作为证据（写明轮次编号；未做到则 turn 为 null、quote 为空字符串）。再列出做得好的地方，以及最有用的三条改进建议。只输出符合给定 JSON schema 的 JSON。'
      : "You are an examiner of medical history-taking. Judge only the student's (doctor's) communication process from the transcript below. For each process item give pass or fail and quote the student's own words from one turn as evidence (give the turn number; when it was never done, turn is null and quote is empty). Then list strengths and the three most useful things to do differently. Output only JSON that matches the given JSON schema."
  const user = `${language === 'zh' ? '病例' : 'Case'}: ${pick(input.source.title, language)}\n\n${language === 'zh' ? '过程条目' : 'Process items'}:\n${items}\n\n${language === 'zh' ? '问诊记录' : 'Transcript'}:\n${transcript}`
  return [
    { role: 'system', content: system },
    { role: 'user', content: user }
  ]
}

/** Parses and checks a verdict: the schema again on arrival, known item ids, and each quote against its turn. */
export function checkVerdict(text: string, processItems: readonly ItemResult[], messages: readonly MessageRow[]): StoredVerdict {
  const parsed = parseJsonText(text, verdictSchema)
  if (!parsed.ok) throw new VerdictInvalidError(parsed.problems)
  const known = new Set(processItems.map((item) => item.id))
  const unknown = parsed.value.processItems.filter((item) => !known.has(item.id))
  if (unknown.length > 0) throw new VerdictInvalidError(unknown.map((item) => ({ path: 'processItems', message: `unknown item "${item.id}"` })))
  const studentTurns = messages.filter((message) => message.role === 'student')
  const squash = (value: string) => value.replace(/[\s"'“”‘’「」，。,.!?！？]/g, '')
  return {
    ...parsed.value,
    processItems: parsed.value.processItems.map((item) => {
      const said = item.turn ? studentTurns[item.turn - 1]?.text : undefined
      return { ...item, quoteFound: Boolean(said && item.quote.trim() && squash(said).includes(squash(item.quote))) }
    })
  }
}
