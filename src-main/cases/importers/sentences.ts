/**
 * Splits a paragraph into atomic statements: Chinese on 。；！？ and on the
 * "，伴…" / "，无…" joins that start a new finding; English on sentence ends.
 */
export function splitStatements(text: string): string[] {
  const cleaned = text.replace(/\s+/g, ' ').trim()
  if (!cleaned) return []
  const parts = /\p{Script=Han}/u.test(cleaned)
    ? cleaned.split(/(?<=[。；;！？!?])|[，,](?=(?:伴|无|否认|并|同时|但|未|曾|近|自|于)\S)/u)
    : cleaned.split(/(?<=[.;!?])\s+(?=[A-Z0-9"'(])/)
  return parts.map((part) => part.trim().replace(/^[，,；;。]+/, '').trim()).filter((part) => part.length > 1)
}

/** "1. 冠心病 2. 神经衰弱" → ["冠心病", "神经衰弱"]. */
export function splitNumbered(text: string): string[] {
  return text
    .split(/(?:^|\s|[，,；;。])\(?\d{1,2}[.、)）]\s*/u)
    .map((item) => item.trim().replace(/[，,；;。]+$/u, ''))
    .filter(Boolean)
}

/** "心电图：窦性心律…心脏超声：主动脉瓣…" → [["心电图", "窦性心律…"], ["心脏超声", "主动脉瓣…"]]. */
export function splitLabelled(text: string): [string, string][] {
  const pattern = /(?:^|[。；;\n]|\s-\s|\d[.、]\s*)\s*([^：:。；;\n]{2,16})[：:]/gu
  const starts: { label: string; index: number; end: number }[] = []
  for (const match of text.matchAll(pattern)) starts.push({ label: match[1]!.trim(), index: match.index, end: match.index + match[0].length })
  return starts.map((start, i) => [start.label, text.slice(start.end, starts[i + 1]?.index ?? text.length).trim().replace(/[。；;]+$/u, '')] as [string, string]).filter(([, value]) => value.length > 0)
}

export function isNegativeStatement(text: string): boolean {
  return /^(?:无|否认|未|没有|不伴)|^(?:no|denies|not|never|without)\b/i.test(text.trim()) || /\bdenies\b/i.test(text)
}
