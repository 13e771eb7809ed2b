import { getResolvedPDFJS } from 'unpdf'
import type { Section } from '../chunker'
import { DocumentReadError } from './document-read-error'

type PdfJs = Awaited<ReturnType<typeof getResolvedPDFJS>>
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>

interface TextPiece {
  str: string
  hasEOL: boolean
}

const cjk = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef'
// pdf.js puts a space wherever glyphs are further apart than usual, which in justified Chinese is between characters.
const spaceBetweenCjk = new RegExp(`(?<=[${cjk}])[^\\S\\n]+(?=[${cjk}])`, 'gu')

/** A page's text items as lines: hasEOL ends a line, runs of spaces collapse, no space stays between two CJK characters. */
export function joinTextItems(items: readonly TextPiece[]): string {
  return items
    .map((item) => item.str + (item.hasEOL ? '\n' : ''))
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim().replace(spaceBetweenCjk, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Scanned pages have image paint operations and no text; looking stops at the first image, as decoding them is slow. */
async function paintsImages(pdf: PdfDocument, ops: PdfJs['OPS'], signal?: AbortSignal): Promise<boolean> {
  const imageOps = new Set<number>(
    [ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageXObjectRepeat, ops.paintInlineImageXObjectGroup, ops.paintImageMaskXObject].filter(
      (op): op is number => typeof op === 'number'
    )
  )
  for (let number = 1; number <= pdf.numPages; number++) {
    signal?.throwIfAborted()
    const operators = await (await pdf.getPage(number)).getOperatorList()
    if (operators.fnArray.some((op) => imageOps.has(op))) return true
  }
  return false
}

async function metadataTitle(pdf: PdfDocument): Promise<string | null> {
  try {
    const { info } = await pdf.getMetadata()
    const title = (info as { Title?: unknown }).Title
    return typeof title === 'string' && title.trim() ? title.trim() : null
  } catch {
    // A broken Info dictionary costs the title, not the document.
    return null
  }
}

/** One section per page that has text, `page` 1-based. The pdf.js document is destroyed however reading ends. */
export async function readPdf(file: string, bytes: Uint8Array, signal?: AbortSignal): Promise<{ sections: Section[]; title: string | null; pages: number }> {
  const pdfjs = await getResolvedPDFJS()
  // pdf.js refuses a Node Buffer; a plain view on the same memory is enough. Warnings (it logs them itself) are silenced.
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const task = pdfjs.getDocument({ data, verbosity: pdfjs.VerbosityLevel.ERRORS, useSystemFonts: false, disableFontFace: true })
  try {
    const pdf = await task.promise
    const sections: Section[] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      signal?.throwIfAborted()
      const content = await (await pdf.getPage(number)).getTextContent()
      const text = joinTextItems(content.items.flatMap((item) => ('str' in item ? [item] : [])))
      if (text) sections.push({ headingPath: [], text, page: number })
    }
    if (sections.length === 0) {
      if (await paintsImages(pdf, pdfjs.OPS, signal)) throw DocumentReadError.noText(file, pdf.numPages)
      throw DocumentReadError.empty(file)
    }
    return { sections, title: await metadataTitle(pdf), pages: pdf.numPages }
  } catch (error) {
    if (error instanceof DocumentReadError || signal?.aborted) throw error
    if (error instanceof Error && error.name === 'PasswordException') throw DocumentReadError.encrypted(file, error)
    throw DocumentReadError.corrupt(file, 'a PDF', error)
  } finally {
    await task.destroy()
  }
}
