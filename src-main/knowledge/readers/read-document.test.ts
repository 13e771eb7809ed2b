import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import * as fixtures from '../../test-support/kb-fixtures'
import { useTempDirs } from '../../test-support/temp-dir'
import { joinTextItems } from './pdf-reader'
import { DocumentReadError, formatOf, MAX_DOCUMENT_BYTES, readDocument, type ReadOptions } from './read-document'

const tempDir = useTempDirs()

function layout(sections: { headingPath: string[]; text: string; page?: number }[]): unknown[] {
  return sections.map((section) => (section.page === undefined ? [section.headingPath, section.text] : [section.page, section.text]))
}

async function refusal(file: string, options?: ReadOptions): Promise<DocumentReadError> {
  const caught: unknown = await readDocument(file, options).then(() => null, (error: unknown) => error)
  expect(caught).toBeInstanceOf(DocumentReadError)
  const error = caught as DocumentReadError
  const shown = options?.name ?? file
  expect(error.message).toContain(shown)
  expect(error.data.file).toBe(shown)
  return error
}

describe('reading each format', () => {
  it('knows formats by extension, in any case', () => {
    expect(['a.md', 'a.MARKDOWN', 'a.txt', 'a.Html', 'a.htm', 'a.PDF', 'a.docx'].map(formatOf)).toEqual(['markdown', 'markdown', 'text', 'html', 'html', 'pdf', 'docx'])
    expect(['a.doc', 'a.rtf', 'README', 'a.pdf.zip'].map(formatOf)).toEqual([null, null, null, null])
  })

  it('reads Markdown under its heading path, titled by the first # heading', async () => {
    const file = fixtures.writeMarkdownFixture(tempDir(), 'acs.md', 'Preface.\n\n# Chest pain\n\nAssess airway first.\n\n## Red flags\n\n胸痛伴大汗，立即做心电图。\n')
    const result = await readDocument(file)
    expect(result).toMatchObject({ format: 'markdown', title: 'Chest pain', pages: null, bytes: 100 })
    expect(layout(result.sections)).toEqual([
      [[], 'Preface.'],
      [['Chest pain'], 'Assess airway first.'],
      [['Chest pain', 'Red flags'], '胸痛伴大汗，立即做心电图。']
    ])
  })

  it('titles a document without its own title by the file name', async () => {
    const result = await readDocument(fixtures.writeMarkdownFixture(tempDir(), 'ward notes.v2.md', '## Only a subheading\n\nText.'))
    expect(result.title).toBe('ward notes.v2')
  })

  it('reads plain text as one section with its paragraphs, a leading # being text', async () => {
    const file = fixtures.writeTextFixture(tempDir(), 'notes.txt', '# 1 is the bed number\r\nTriage notes.\r\n\r\n\r\n胸痛患者优先。\n')
    const result = await readDocument(file)
    expect(result).toMatchObject({ format: 'text', title: 'notes' })
    expect(layout(result.sections)).toEqual([[[], '# 1 is the bed number\nTriage notes.\n\n胸痛患者优先。']])
  })

  it('decodes UTF-16 with a byte-order mark, and GB18030 text that is not valid UTF-8', async () => {
    const dir = tempDir()
    const utf16 = fixtures.writeTextFixture(dir, 'unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Dose 剂量', 'utf16le')]))
    const gbk = fixtures.writeTextFixture(dir, 'legacy.txt', Buffer.from('d0d8cdb4bbbcd5df', 'hex'))
    expect((await readDocument(utf16)).sections[0]?.text).toBe('Dose 剂量')
    expect((await readDocument(gbk)).sections[0]?.text).toBe('胸痛患者')
  })

  it('reads HTML without page furniture, headings as the path, entities decoded', async () => {
    const result = await readDocument(fixtures.writeHtmlFixture(tempDir(), 'guide.html'))
    expect(result).toMatchObject({ format: 'html', title: 'Chest pain guide' })
    expect(layout(result.sections)).toEqual([
      [['Chest pain'], 'Give aspirin & check the ECG <now>.'],
      [['Chest pain', 'Red flags'], 'Sweating\n\n胸痛伴大汗']
    ])
  })

  it('reads HTML tables, quotes, preformatted and loose text as paragraphs, titled by <h1> without a <title>', async () => {
    const html =
      '<body>Loose intro &nbsp; text<h1>Dosing</h1><table><tr><th>Drug</th><td>Aspirin<br>300 mg</td></tr></table>' +
      '<blockquote><p>Quoted advice.</p></blockquote><h3>Skipped level</h3><pre><code>  a = 1\n  b = 2</code></pre><noscript>Enable JS</noscript></body>'
    const result = await readDocument(fixtures.writeHtmlFixture(tempDir(), 'dosing.htm', html))
    expect(result.title).toBe('Dosing')
    expect(layout(result.sections)).toEqual([
      [[], 'Loose intro text'],
      [['Dosing'], 'Drug\n\nAspirin\n300 mg\n\nQuoted advice.'],
      [['Dosing', 'Skipped level'], '  a = 1\n  b = 2']
    ])
  })

  it('reads a PDF page by page, Chinese included, titled by its metadata', async () => {
    const file = fixtures.writePdfFixture(tempDir(), 'acs.pdf', ['Chest pain protocol\nGive aspirin 300 mg', '胸痛伴大汗，立即做心电图。\nECG 心电图 within 10 min'], { title: 'ACS (2024)' })
    const result = await readDocument(file)
    expect(result).toMatchObject({ format: 'pdf', title: 'ACS (2024)', pages: 2 })
    expect(layout(result.sections)).toEqual([
      [1, 'Chest pain protocol\nGive aspirin 300 mg'],
      [2, '胸痛伴大汗，立即做心电图。\nECG 心电图 within 10 min']
    ])
    expect(result.sections.every((section) => section.headingPath.length === 0)).toBe(true)
  })

  it('skips blank PDF pages but keeps the page numbers of the rest, and falls back to the file name for a title', async () => {
    const result = await readDocument(fixtures.writePdfFixture(tempDir(), 'handout.pdf', ['Page one.', '', 'Page three.']))
    expect(result).toMatchObject({ title: 'handout', pages: 3 })
    expect(layout(result.sections)).toEqual([
      [1, 'Page one.'],
      [3, 'Page three.']
    ])
  })

  it('joins PDF text items without spaces between Chinese characters and with a newline at each line end', () => {
    const items = [
      { str: '胸痛', hasEOL: false },
      { str: ' ', hasEOL: false },
      { str: '伴大汗', hasEOL: true },
      { str: 'Give  aspirin', hasEOL: false },
      { str: ' ', hasEOL: false },
      { str: '300 mg', hasEOL: true },
      { str: '', hasEOL: true }
    ]
    expect(joinTextItems(items)).toBe('胸痛伴大汗\nGive aspirin 300 mg')
  })

  it('reads a Word document with its heading as the path and the title', async () => {
    const file = fixtures.writeDocxFixture(tempDir(), 'acs.docx', { heading: 'Chest pain', paragraphs: ['Assess airway first.', '胸痛伴大汗，立即做心电图。'] })
    const result = await readDocument(file)
    expect(result).toMatchObject({ format: 'docx', title: 'Chest pain', pages: null })
    expect(layout(result.sections)).toEqual([[['Chest pain'], 'Assess airway first.\n\n胸痛伴大汗，立即做心电图。']])
  })
})

describe('refusing a file', () => {
  it('refuses a password-protected PDF, saying to remove the password', async () => {
    const error = await refusal(fixtures.writeEncryptedPdfFixture(tempDir(), 'locked.pdf'))
    expect(error.code).toBe('KB_PDF_ENCRYPTED')
    expect(error.message).toMatch(/remove the password.*add it again/i)
    expect((error.cause as Error).name).toBe('PasswordException')
  })

  it('refuses a scanned PDF (images, no text layer), saying to run OCR', async () => {
    const error = await refusal(fixtures.writeScannedPdfFixture(tempDir(), 'scan.pdf'))
    expect(error.code).toBe('KB_PDF_NO_TEXT')
    expect(error.message).toMatch(/run OCR first/i)
  })

  it('refuses a PDF with neither text nor images as empty', async () => {
    const error = await refusal(fixtures.writeEmptyPdfFixture(tempDir(), 'blank.pdf'))
    expect(error.code).toBe('KB_DOCUMENT_EMPTY')
  })

  it('refuses a corrupt PDF with the parser message', async () => {
    const error = await refusal(fixtures.writeCorruptPdfFixture(tempDir(), 'broken.pdf'))
    expect(error.code).toBe('KB_DOCUMENT_CORRUPT')
    expect(error.message).toContain('Invalid PDF structure')
  })

  it('refuses a zip that is not a Word document, and a .docx that is not a zip', async () => {
    const dir = tempDir()
    const zip = fixtures.writeTextFixture(dir, 'sheet.docx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))
    const text = fixtures.writeTextFixture(dir, 'renamed.docx', 'just text')
    const notDocx = await refusal(zip)
    expect(notDocx.code).toBe('KB_DOCUMENT_CORRUPT')
    expect(notDocx.message).toMatch(/could not be read as a Word document \(.*main document part/)
    expect((await refusal(text)).code).toBe('KB_DOCUMENT_CORRUPT')
  })

  it('refuses a Markdown file with only whitespace as empty', async () => {
    const error = await refusal(fixtures.writeMarkdownFixture(tempDir(), 'empty.md', '  \n\n\t\n'))
    expect(error.code).toBe('KB_DOCUMENT_EMPTY')
    expect(error.message).toMatch(/contains no text/)
  })

  it('refuses a file at or over a given size before reading it, naming size and limit', async () => {
    const dir = tempDir()
    const error = await refusal(fixtures.writeLargeFileFixture(dir, 'big.txt', 3 * 1024 * 1024), { maxBytes: 2 * 1024 * 1024 })
    expect(error.code).toBe('KB_FILE_TOO_LARGE')
    expect(error.message).toMatch(/is 3 MB, over the 2 MB limit/)
    expect((await refusal(fixtures.writeLargeFileFixture(dir, 'exact.txt', 1000), { maxBytes: 1000 })).code).toBe('KB_FILE_TOO_LARGE')
    expect((await readDocument(fixtures.writeTextFixture(dir, 'small.txt', 'ok'), { maxBytes: 3 })).sections[0]?.text).toBe('ok')
  })

  it('refuses a file over the default 200 MB limit (a sparse file, so nothing is written)', async () => {
    expect(MAX_DOCUMENT_BYTES).toBe(200 * 1024 * 1024)
    const error = await refusal(fixtures.writeLargeFileFixture(tempDir(), 'huge.pdf', 201 * 1024 * 1024))
    expect(error.code).toBe('KB_FILE_TOO_LARGE')
    expect(error.message).toMatch(/is 201 MB, over the 200 MB limit/)
  })

  it('refuses an unsupported extension, listing the supported ones', async () => {
    const error = await refusal(fixtures.writeTextFixture(tempDir(), 'letter.doc', 'old Word'))
    expect(error.code).toBe('KB_FORMAT_UNSUPPORTED')
    expect(error.message).toContain('.md, .markdown, .txt, .html, .htm, .pdf, .docx')
  })

  it('goes by the name the user knows for a stored copy: format, title and the file errors name', async () => {
    const dir = tempDir()
    const stored = fixtures.writePdfFixture(dir, '0b7f3c.bin', ['Stored text.'])
    expect(await readDocument(stored, { name: 'Chest pain.pdf' })).toMatchObject({ format: 'pdf', title: 'Chest pain', pages: 1 })
    const error = await refusal(fixtures.writeCorruptPdfFixture(dir, '9c2e.bin'), { name: 'Old scan.pdf' })
    expect(error.code).toBe('KB_DOCUMENT_CORRUPT')
    expect(error.message).not.toContain('9c2e')
  })

  it('stops when the signal is already aborted', async () => {
    const file = fixtures.writePdfFixture(tempDir(), 'a.pdf', ['Text.'])
    await expect(readDocument(file, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' })
  })
})
