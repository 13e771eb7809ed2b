import type { Section } from '../chunker'

/**
 * UTF-8 unless a byte-order mark says UTF-16 (Notepad's "Unicode"), or `charset` names another encoding (an HTML
 * <meta>). Bytes that are not valid UTF-8 are read as GB18030: an older Chinese Windows saves text that way by default.
 */
export function decodeText(bytes: Uint8Array, charset?: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      return new TextDecoder(charset).decode(bytes)
    } catch {
      // An unknown label: fall through to UTF-8.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

/** Plain text has no headings: a line starting with # is text, so it is one section, its blank-line paragraphs kept. */
export function readText(bytes: Uint8Array): { sections: Section[]; title: null } {
  const text = decodeText(bytes)
    .replace(/\r\n?/g, '\n')
    .replace(/\n[^\S\n]*\n\s*/g, '\n\n')
    .trim()
  return { sections: text ? [{ headingPath: [], text }] : [], title: null }
}
