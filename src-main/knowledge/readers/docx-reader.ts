import mammoth from 'mammoth'
import type { Section } from '../chunker'
import { DocumentReadError } from './document-read-error'
import { htmlContent } from './html-reader'

/** Through mammoth's HTML, so Word's heading styles become the heading path exactly as <h1>–<h6> do. */
export async function readDocx(file: string, bytes: Uint8Array): Promise<{ sections: Section[]; title: string | null }> {
  let html: string
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value
  } catch (error) {
    // Not a zip, or a zip without word/document.xml (an .xlsx renamed, say).
    throw DocumentReadError.corrupt(file, 'a Word document', error)
  }
  const content = htmlContent(html)
  return { sections: content.sections, title: content.headings[0]?.text ?? null }
}
