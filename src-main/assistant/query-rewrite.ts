import { z } from 'zod'

/**
 * Colloquial words into the clinical terms the guidelines use, so retrieval
 * finds 腹痛 when the user writes 肚子疼. The lexicon always runs; a model,
 * when one is assigned, adds its own clinical rewording and sub-questions.
 */
const lexicon: [RegExp, string][] = [
  [/肚子(?:疼|痛)|肚子不舒服/g, '腹痛'],
  [/右下(?:边|面)?(?:肚子)?(?:疼|痛)/g, '右下腹痛'],
  [/拉肚子|拉稀/g, '腹泻'],
  [/发烧|发高烧/g, '发热'],
  [/心口(?:疼|痛)|胸口(?:疼|痛)/g, '胸痛'],
  [/喘不上气|喘不过气|上不来气|憋气/g, '呼吸困难'],
  [/吐血/g, '呕血'],
  [/拉黑(?:便|屎)|大便发黑/g, '黑便'],
  [/心慌|心跳(?:得)?(?:很)?快/g, '心悸'],
  [/手抖/g, '震颤'],
  [/脚肿|腿肿/g, '下肢水肿'],
  [/尿(?:尿)?疼|小便疼/g, '尿痛'],
  [/腰(?:疼|痛)/g, '腰痛'],
  [/嘴歪/g, '口角歪斜'],
  [/说话不清楚?/g, '言语不清'],
  [/心梗|心脏病发作/g, '急性心肌梗死 急性冠脉综合征'],
  [/中风/g, '脑卒中'],
  [/甲亢/g, '甲状腺功能亢进症'],
  [/tummy|belly/gi, 'abdominal'],
  [/heart attack/gi, 'myocardial infarction acute coronary syndrome'],
  [/throwing up|being sick/gi, 'vomiting'],
  [/short of breath|can'?t breathe|out of breath/gi, 'breathlessness dyspnoea'],
  [/peeing|pee\b/gi, 'urination'],
  [/passing out|fainted|fainting/gi, 'syncope'],
  [/swollen (?:ankles|legs)/gi, 'peripheral oedema'],
  [/mini[- ]stroke/gi, 'transient ischaemic attack'],
  [/blood sugar/gi, 'glucose'],
  [/the runs/gi, 'diarrhoea'],
  [/water infection/gi, 'urinary tract infection']
]

export function clinicalTerms(text: string): string {
  let rewritten = text
  for (const [pattern, term] of lexicon) rewritten = rewritten.replace(pattern, (match) => `${match} ${term}`)
  return rewritten
}

export const rewriteSchema = z.object({ queries: z.array(z.string().min(1).max(200)).min(1).max(4) })

export function rewritePrompt(question: string, language: 'zh' | 'en'): string {
  return language === 'zh'
    ? `把用户的问题改写成用于检索医学指南的查询：用规范的临床术语，多个问题拆成子问题（最多 4 个）。只输出 JSON。\n问题：${question}`
    : `Rewrite the user's question as search queries over clinical guidelines: clinical terms, one sub-question per part (at most 4). Output JSON only.\nQuestion: ${question}`
}

/** The queries to search: the lexicon's rewording of each part, then the model's, without repeats. */
export function searchQueries(parts: readonly string[], modelQueries: readonly string[] | null): string[] {
  return [...new Set([...parts.map(clinicalTerms), ...(modelQueries ?? [])].map((query) => query.trim()).filter(Boolean))]
}
