import { splitSentences } from '../knowledge/chunker'

/**
 * Every sentence that cites a passage must be supported by it. Support is
 * lexical: the share of the sentence's content terms (Chinese character
 * pairs, English word stems) found in the passages it cites. Unsupported
 * sentences are removed from the answer and listed in the trace; sentences
 * without a citation are kept but marked, so the critique can weigh them.
 */
export interface CheckedSentence {
  text: string
  citations: number[]
  /** 0–1; null for a sentence that cites nothing. */
  support: number | null
  verdict: 'supported' | 'unsupported' | 'uncited'
}

export interface CitationCheck {
  sentences: CheckedSentence[]
  /** The answer with unsupported sentences taken out. */
  text: string
  /** Cited passages that support at least one kept sentence. */
  used: number[]
  supported: number
  removed: number
}

export const SUPPORT_THRESHOLD = 0.5
const citation = /\[(\d+(?:\s*[,，]\s*\d+)*)\]/g
const stopWords = new Set('a an the of to in on for with and or is are be was were it this that as by at from can may should not no do does if than then there their they you your we our which who what when how'.split(' '))

export function contentTerms(text: string): Set<string> {
  const terms = new Set<string>()
  for (const run of text.matchAll(/\p{Script=Han}+/gu)) {
    const chars = [...run[0]]
    if (chars.length === 1) terms.add(chars[0]!)
    for (let i = 0; i + 1 < chars.length; i++) terms.add(chars[i]! + chars[i + 1]!)
  }
  for (const word of text.toLowerCase().matchAll(/[a-z0-9][a-z0-9.-]*/g)) {
    const stem = word[0].replace(/[.-]+$/, '').replace(/(?:ing|ed|es|s)$/, '')
    if (stem.length > 1 && !stopWords.has(word[0])) terms.add(stem)
  }
  return terms
}

export function supportScore(sentence: string, passages: readonly string[]): number {
  const terms = contentTerms(sentence.replace(citation, ''))
  if (terms.size === 0) return 0
  const passageTerms = contentTerms(passages.join('\n'))
  let found = 0
  for (const term of terms) if (passageTerms.has(term)) found++
  return found / terms.size
}

/**
 * Whether a passage shares at least one real term with a question (a
 * character pair or word stem other than question words): full text alone
 * matches any shared character, so without vectors this keeps a passage that
 * only shares 的 and 是 from being offered as evidence.
 */
export function isRelevant(question: string, passage: string): boolean {
  const passageTerms = contentTerms(passage)
  for (const term of contentTerms(question)) if (!questionWords.has(term) && passageTerms.has(term)) return true
  return false
}

const questionWords = new Set(['什么', '怎么', '怎样', '如何', '可以', '需要', '是否', '哪些', '为什', '么是', '是什', '要做', '应该', '有没', '没有', '多少', '一下', '请问', 'what', 'how', 'which', 'should', 'need', 'when', 'why'])

/** `passages[n - 1]` is what `[n]` cites. */
export function checkCitations(answer: string, passages: readonly string[], threshold = SUPPORT_THRESHOLD): CitationCheck {
  // Line by line, so a list in the answer stays a list.
  const lines = answer.split('\n').map((line) => splitSentences(line).map((text) => checkSentence(text, passages, threshold)))
  const sentences = lines.flat()
  const kept = sentences.filter((sentence) => sentence.verdict !== 'unsupported')
  const text = lines
    .map((line, at) => {
      const keptHere = line.filter((sentence) => sentence.verdict !== 'unsupported')
      if (line.length > 0 && keptHere.length === 0) return null
      const prefix = /^\s*(?:[-*•]|\d+[.)、])\s+/.exec(answer.split('\n')[at]!)?.[0] ?? ''
      return keptHere.length === 0 ? '' : joinSentences(keptHere.map((sentence) => sentence.text), prefix)
    })
    .filter((line): line is string => line !== null)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return {
    sentences,
    text,
    used: [...new Set(kept.flatMap((sentence) => (sentence.verdict === 'supported' ? sentence.citations : [])))].sort((a, b) => a - b),
    supported: kept.filter((sentence) => sentence.verdict === 'supported').length,
    removed: sentences.length - kept.length
  }
}

function checkSentence(text: string, passages: readonly string[], threshold: number): CheckedSentence {
  const citations = [...text.matchAll(citation)].flatMap((match) => match[1]!.split(/[,，]/).map((n) => Number(n.trim())))
  if (citations.length === 0) return { text, citations, support: null, verdict: 'uncited' }
  const cited = citations.map((n) => passages[n - 1]).filter((passage): passage is string => passage !== undefined)
  // A citation of a passage that does not exist supports nothing.
  const support = cited.length === citations.length ? supportScore(text, cited) : 0
  return { text, citations, support, verdict: support >= threshold ? 'supported' : 'unsupported' }
}

/** Chinese sentences join without a space, English ones with one; a list marker the line had is kept. */
function joinSentences(sentences: readonly string[], prefix: string): string {
  const joined = sentences.reduce((text, sentence) => (text === '' ? sentence : /[\p{Script=Han}。！？；]$/u.test(text) ? text + sentence : `${text} ${sentence}`), '')
  return joined.startsWith(prefix.trim()) ? joined : prefix + joined
}
