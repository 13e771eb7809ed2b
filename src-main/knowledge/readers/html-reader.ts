import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser'
import type { Section } from '../chunker'
import { decodeText } from './text-reader'

export interface HtmlContent {
  sections: Section[]
  /** The <title>, if any. */
  title: string | null
  /** Every h1–h6 in document order. */
  headings: { level: number; text: string }[]
}

type Block = { kind: 'heading'; level: number; text: string } | { kind: 'paragraph'; text: string }

// Page furniture and code: text a reader of the document never sees as content.
const dropped = new Set(['head', 'script', 'style', 'nav', 'header', 'footer', 'noscript', 'template', 'svg'])
const paragraphTags = new Set(['p', 'li', 'td', 'th', 'pre', 'blockquote', 'dt', 'dd', 'caption', 'figcaption'])
const inlineTags = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var'])

/** Whitespace collapsed within lines, blank lines dropped; <pre> keeps its layout. */
function tidy(text: string, preformatted: boolean): string {
  if (preformatted) return text.replace(/^\s*\n|\s+$/g, '')
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

/** Text with entities decoded; <br> and nested blocks start new lines. */
function textOf(node: Node): string {
  if (node instanceof TextNode) return node.text
  if (!(node instanceof HTMLElement)) return ''
  const tag = node.rawTagName?.toLowerCase() ?? ''
  if (dropped.has(tag)) return ''
  if (tag === 'br') return '\n'
  const inner = node.childNodes.map(textOf).join('')
  return inlineTags.has(tag) ? inner : `\n${inner}\n`
}

/** Headings and paragraphs in order; text loose in a <div> or <body> becomes a paragraph of its own. */
function collectBlocks(element: HTMLElement, blocks: Block[], loose: string[]): void {
  const flushLoose = (): void => {
    const text = tidy(loose.splice(0).join(''), false)
    if (text) blocks.push({ kind: 'paragraph', text })
  }
  for (const child of element.childNodes) {
    if (!(child instanceof HTMLElement)) {
      loose.push(textOf(child))
      continue
    }
    const tag = child.rawTagName?.toLowerCase() ?? ''
    if (dropped.has(tag)) continue
    if (tag === 'br' || inlineTags.has(tag)) {
      loose.push(textOf(child))
      continue
    }
    flushLoose()
    const heading = /^h([1-6])$/.exec(tag)
    if (heading) blocks.push({ kind: 'heading', level: Number(heading[1]), text: tidy(textOf(child), false).replace(/\n/g, ' ') })
    else if (paragraphTags.has(tag)) {
      const text = tidy(textOf(child), tag === 'pre')
      if (text) blocks.push({ kind: 'paragraph', text })
    } else collectBlocks(child, blocks, loose)
    flushLoose()
  }
}

/** Sections under the h1–h6 path above them, paragraphs separated by blank lines; shared with the DOCX reader. */
export function htmlContent(html: string): HtmlContent {
  // node-html-parser keeps <!doctype> and <?xml?> as text, so they go first; <pre> is parsed as markup so <pre><code> loses its tags.
  const root = parse(html.replace(/<![a-z][^>]*>|<\?[^>]*>/gi, ''), { comment: false, blockTextElements: { script: true, style: true, noscript: true } })
  const blocks: Block[] = []
  collectBlocks(root, blocks, [])
  const sections: Section[] = []
  const path: string[] = []
  let paragraphs: string[] = []
  const flush = (): void => {
    if (paragraphs.length > 0) sections.push({ headingPath: path.filter(Boolean), text: paragraphs.join('\n\n') })
    paragraphs = []
  }
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      paragraphs.push(block.text)
      continue
    }
    flush()
    path.splice(block.level - 1)
    path[block.level - 1] = block.text
    // A skipped level (h1 then h3) leaves a hole; holes are not headings.
    for (let level = 0; level < path.length; level++) path[level] ??= ''
  }
  flush()
  const title = tidy(root.querySelector('title')?.text ?? '', false).replace(/\n/g, ' ')
  const headings = blocks.flatMap((block) => (block.kind === 'heading' && block.text ? [{ level: block.level, text: block.text }] : []))
  return { sections, title: title || null, headings }
}

export function readHtml(bytes: Uint8Array): { sections: Section[]; title: string | null } {
  // The charset must be known before decoding, so look for it in the ASCII-compatible start of the file.
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)))?.[1]
  const content = htmlContent(decodeText(bytes, charset))
  return { sections: content.sections, title: content.title ?? content.headings.find((heading) => heading.level === 1)?.text ?? null }
}
