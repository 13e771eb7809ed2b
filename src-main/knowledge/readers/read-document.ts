/**
 * Turns a file into sections for the chunker: one entry point for every format the knowledge base accepts,
 * and one error class whose code says why a file was refused.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { Section } from '../chunker'
import { DocumentReadError } from './document-read-error'
import { readDocx } from './docx-reader'
import { readHtml } from './html-reader'
import { readMarkdown } from './markdown-reader'
import { readPdf } from './pdf-reader'
import { readText } from './text-reader'

export { DocumentReadError, type DocumentReadCode, type DocumentReadReason } from './document-read-error'

export type DocumentFormat = 'markdown' | 'text' | 'html' | 'pdf' | 'docx'

export interface ReadResult {
  format: DocumentFormat
  /** The document's own title (first # heading, <title> or <h1>, PDF metadata, first Word heading), else the file name. */
  title: string
  sections: Section[]
  /** Page count of a PDF; null for formats without pages. */
  pages: number | null
  bytes: number
}

/** Files this large or larger are refused before a byte is read: a parse holds the whole file, and more, in memory. */
export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024

const formats = new Map<string, DocumentFormat>([
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.txt', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.pdf', 'pdf'],
  ['.docx', 'docx']
])

/** What the knowledge base accepts, for messages and file pickers. */
export const DOCUMENT_EXTENSIONS: readonly string[] = [...formats.keys()]

/** By extension only: content sniffing would accept a misnamed file that the user then cannot find by its name. */
export function formatOf(file: string): DocumentFormat | null {
  return formats.get(extname(file).toLowerCase()) ?? null
}

async function readAs(format: DocumentFormat, name: string, bytes: Uint8Array, signal?: AbortSignal): Promise<{ sections: Section[]; title: string | null; pages?: number }> {
  switch (format) {
    case 'markdown':
      return readMarkdown(bytes)
    case 'text':
      return readText(bytes)
    case 'html':
      return readHtml(bytes)
    case 'pdf':
      return readPdf(name, bytes, signal)
    case 'docx':
      return readDocx(name, bytes)
  }
}

export interface ReadOptions {
  /** Files of this many bytes or more are refused; default MAX_DOCUMENT_BYTES. */
  maxBytes?: number
  signal?: AbortSignal
  /** The name the user knows the file by, when `file` is a stored copy: it decides the format, the fallback title and what errors name. */
  name?: string
}

export async function readDocument(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const name = options.name ?? file
  const format = formatOf(name)
  if (!format) throw DocumentReadError.unsupported(name, DOCUMENT_EXTENSIONS)
  const limit = options.maxBytes ?? MAX_DOCUMENT_BYTES
  const { size } = await stat(file)
  if (size >= limit) throw DocumentReadError.tooLarge(name, size, limit)
  options.signal?.throwIfAborted()
  const bytes = await readFile(file, { signal: options.signal })
  const read = await readAs(format, name, bytes, options.signal)
  const sections = read.sections.filter((section) => section.text.trim() !== '')
  if (sections.length === 0) throw DocumentReadError.empty(name)
  // The size from stat: pdf.js takes (detaches) the buffer it is given, leaving its length 0.
  return { format, title: read.title?.trim() || basename(name, extname(name)), sections, pages: read.pages ?? null, bytes: size }
}
