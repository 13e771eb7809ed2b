/**
 * Summary memory: when the conversation's turns no longer fit the context
 * budget, the oldest are folded into a running summary (by the `assistant`
 * role, or by taking each turn's first sentence when no model is loaded).
 * Counted in tokens, estimated: a Han character is about one token in Qwen's
 * vocabulary, English about four characters per token.
 */
export function estimateTokens(text: string): number {
  let han = 0
  for (const _ of text.matchAll(/\p{Script=Han}/gu)) han++
  return han + Math.ceil((text.length - han) / 4)
}

export interface Turn {
  id: number
  role: 'user' | 'assistant'
  text: string
}

/** Splits turns into those folded into the summary and those kept verbatim (newest within `budget`, always the last two). */
export function turnsToFold(turns: readonly Turn[], budget: number): { fold: Turn[]; keep: Turn[] } {
  let used = 0
  let firstKept = turns.length
  for (let at = turns.length - 1; at >= 0; at--) {
    used += estimateTokens(turns[at]!.text)
    if (used > budget && turns.length - at > 2) break
    firstKept = at
  }
  return { fold: turns.slice(0, firstKept), keep: turns.slice(firstKept) }
}

export function summaryPrompt(previous: string, turns: readonly Turn[], language: 'zh' | 'en'): string {
  const lines = turns.map((turn) => `${turn.role === 'user' ? (language === 'zh' ? '用户' : 'User') : language === 'zh' ? '助手' : 'Assistant'}: ${turn.text}`).join('\n')
  return language === 'zh'
    ? `把已有摘要和下面的对话合并成一段简短摘要（不超过 200 字），保留问题、结论和关于被讨论者的事实。\n已有摘要：${previous || '（无）'}\n对话：\n${lines}`
    : `Merge the summary so far and the turns below into one short summary (under 120 words), keeping questions, conclusions and facts about the person discussed.\nSummary so far: ${previous || '(none)'}\nTurns:\n${lines}`
}

/** The fold without a model: the first sentence of each turn. */
export function extractiveSummary(previous: string, turns: readonly Turn[]): string {
  const lines = turns.map((turn) => `${turn.role === 'user' ? 'Q' : 'A'}: ${firstSentence(turn.text)}`)
  return [previous, ...lines].filter(Boolean).join('\n')
}

function firstSentence(text: string): string {
  const sentence = /^[\s\S]*?(?:[。！？]|[.!?](?=\s|$))/u.exec(text.trim())?.[0] ?? text.trim()
  return sentence.length > 120 ? `${sentence.slice(0, 120)}…` : sentence
}
