import type { PassageView } from '../../../../src-main/contract/assistant'

/** A piece of a line: plain text, or a citation such as [1] or [1, 2]. */
export type Inline = { kind: 'text'; text: string } | { kind: 'cite'; numbers: number[] }

/** What answers use of Markdown: paragraphs with line breaks, and `- ` lists. */
export type Block = { kind: 'paragraph'; lines: Inline[][] } | { kind: 'list'; items: Inline[][] }

const citation = /\[(\d+(?:\s*[,，、]\s*\d+)*)\]/g
const listItem = /^\s*[-*]\s+/

export function parseInline(line: string): Inline[] {
  const pieces: Inline[] = []
  let from = 0
  for (const match of line.matchAll(citation)) {
    if (match.index > from) pieces.push({ kind: 'text', text: line.slice(from, match.index) })
    pieces.push({ kind: 'cite', numbers: match[1]!.split(/[,，、]/).map((number) => Number(number.trim())) })
    from = match.index + match[0].length
  }
  if (from < line.length) pieces.push({ kind: 'text', text: line.slice(from) })
  return pieces
}

export function parseAnswer(text: string): Block[] {
  const blocks: Block[] = []
  for (const line of text.split(/\r?\n/)) {
    const last = blocks.at(-1)
    if (!line.trim()) {
      // A blank line ends the block; the next line starts a new one.
      if (last && !(last.kind === 'paragraph' && last.lines.length === 0)) blocks.push({ kind: 'paragraph', lines: [] })
    } else if (listItem.test(line)) {
      const item = parseInline(line.replace(listItem, ''))
      if (last?.kind === 'list') last.items.push(item)
      else blocks.push({ kind: 'list', items: [item] })
    } else if (last?.kind === 'paragraph') last.lines.push(parseInline(line))
    else blocks.push({ kind: 'paragraph', lines: [parseInline(line)] })
  }
  return blocks.filter((block) => (block.kind === 'paragraph' ? block.lines.length > 0 : true))
}

/**
 * The pipeline puts the urgent notice first, as a paragraph of its own, so
 * the saved text reads right anywhere; the view shows that paragraph in the
 * red banner instead of twice.
 */
export function splitUrgent(text: string, flagged: boolean): { urgent: string | null; body: string } {
  if (!flagged) return { urgent: null, body: text }
  const end = text.indexOf('\n\n')
  return end < 0 ? { urgent: text, body: '' } : { urgent: text.slice(0, end), body: text.slice(end + 2) }
}

/** Where a passage comes from: the document's title, then its heading path (which may already start with the title). */
export function passageSource(passage: Pick<PassageView, 'title' | 'heading'>): string {
  const parts = passage.heading.split(' › ')
  const heading = (parts[0] === passage.title ? parts.slice(1) : parts).join(' › ')
  return [passage.title, heading].filter(Boolean).join(' › ')
}
