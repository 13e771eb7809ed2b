/**
 * Splits a document into retrieval chunks that respect its headings and its
 * sentence ends in both languages (。！？； as well as . ! ?), with overlap,
 * so a passage cited in an answer reads as whole sentences under the heading
 * it came from.
 */

export interface Section {
  /** Headings above this text, outermost first (empty for text before any heading). */
  headingPath: string[]
  text: string
  /** 1-based page of a PDF, when the text came from one. */
  page?: number
}

export interface Chunk {
  index: number
  text: string
  headingPath: string[]
  page: number | null
}

export interface ChunkOptions {
  /** Target size in weighted characters (a CJK character counts 1, anything else ½: a Chinese sentence says as much in fewer characters). */
  size?: number
  /** How much of the end of a chunk starts the next one, in the same units; whole sentences only. */
  overlap?: number
}

const cjk = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u

function weight(text: string): number {
  let total = 0
  for (const char of text) total += cjk.test(char) ? 1 : 0.5
  return total
}

// A sentence ends at Chinese end punctuation (closing quotes kept with it), or at . ! ? followed by space and a capital, digit or quote
// and not after a title such as Dr. — so "e.g. the", "3.5 mmol/L" and "Dr. Li" stay whole, at the cost of rarely joining two sentences.
// A list item starts a sentence of its own, so a list stays a list in the passage.
const sentenceEnd = /(?<=[。！？；][”’」』）)]*)(?![”’」』）)])|(?<=[.!?][”’"')\]]*)(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|Sr|Jr|St|vs|Fig|No|approx)\.)(?<!(?:^|\n)[ \t]*\d+\.)(?=\s+[A-Z0-9“"'(\u3400-\u9fff])|\n\s*\n|(?=\n[ \t]*(?:[-*•]|\d+[.)、])\s)/u

/** Sentences, each with its trailing space trimmed; blank pieces dropped. */
export function splitSentences(text: string): string[] {
  return text
    .split(sentenceEnd)
    .map((piece) => piece.replace(/\s+/g, ' ').trim())
    .filter((piece) => piece.length > 0)
}

/** A sentence longer than a chunk is cut at the last space (or anywhere, for Chinese) before the limit. */
function cutLong(sentence: string, size: number): string[] {
  const pieces: string[] = []
  let rest = sentence
  while (weight(rest) > size) {
    let end = 0
    let used = 0
    for (const char of rest) {
      const next = used + (cjk.test(char) ? 1 : 0.5)
      if (next > size) break
      used = next
      end += char.length
    }
    const space = rest.lastIndexOf(' ', end)
    const at = space > end / 2 ? space : end
    pieces.push(rest.slice(0, at).trim())
    rest = rest.slice(at).trim()
  }
  if (rest) pieces.push(rest)
  return pieces
}

/** Markdown (or plain text) into sections by ATX headings; fenced code is kept as text, never read as headings. */
export function markdownSections(markdown: string): Section[] {
  const sections: Section[] = []
  const path: string[] = []
  let lines: string[] = []
  let fenced = false
  const flush = (): void => {
    const text = lines.join('\n').trim()
    if (text) sections.push({ headingPath: [...path], text })
    lines = []
  }
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced
    const heading = fenced ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line)
    if (heading) {
      flush()
      path.splice(heading[1]!.length - 1)
      path[heading[1]!.length - 1] = heading[2]!
      // A skipped level (# then ###) leaves a hole; holes are not headings.
      for (let level = 0; level < path.length; level++) path[level] ??= ''
    } else lines.push(line)
  }
  flush()
  return sections.map((section) => ({ ...section, headingPath: section.headingPath.filter(Boolean) }))
}

/** Packs each section's sentences into chunks of about `size`, the last sentences of one chunk repeated at the start of the next. */
export function chunkSections(sections: readonly Section[], options: ChunkOptions = {}): Chunk[] {
  const size = options.size ?? 400
  const overlap = Math.min(options.overlap ?? 80, size / 2)
  const chunks: Chunk[] = []
  for (const section of sections) {
    const sentences = splitSentences(section.text).flatMap((sentence) => cutLong(sentence, size))
    let current: string[] = []
    let fresh = 0
    const emit = (): void => {
      if (fresh === 0) return
      chunks.push({ index: chunks.length, text: joinSentences(current), headingPath: section.headingPath, page: section.page ?? null })
      // Carry whole sentences from the end while they fit in the overlap.
      const carried: string[] = []
      let carriedWeight = 0
      for (let at = current.length - 1; at >= 0; at--) {
        const next = carriedWeight + weight(current[at]!)
        if (next > overlap || carried.length === current.length - 1) break
        carried.unshift(current[at]!)
        carriedWeight = next
      }
      current = carried
      fresh = 0
    }
    for (const sentence of sentences) {
      if (current.length > 0 && weight(joinSentences([...current, sentence])) > size) emit()
      // What was carried over must not push a chunk past its size on its own.
      while (current.length > 0 && weight(joinSentences([...current, sentence])) > size) current.shift()
      current.push(sentence)
      fresh++
    }
    emit()
  }
  return chunks
}

/** Chinese sentences join without a space, others with one; a list item goes on its own line. */
function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce(
    (text, sentence) => (text === '' ? sentence : listItem.test(sentence) ? `${text}\n${sentence}` : cjk.test(text.at(-1)!) || cjk.test(sentence[0]!) ? `${text}${sentence}` : `${text} ${sentence}`),
    ''
  )
}

const listItem = /^(?:[-*•]|\d+[.)、])\s/
