import { markdownSections, type Section } from '../chunker'
import { decodeText } from './text-reader'

/** The first level-1 heading outside code fences, as the chunker reads headings. */
function firstTopHeading(markdown: string): string | null {
  let fenced = false
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced
    const heading = fenced ? null : /^#\s+(.+?)\s*#*\s*$/.exec(line)
    if (heading) return heading[1]!
  }
  return null
}

export function readMarkdown(bytes: Uint8Array): { sections: Section[]; title: string | null } {
  const markdown = decodeText(bytes)
  return { sections: markdownSections(markdown), title: firstTopHeading(markdown) }
}
