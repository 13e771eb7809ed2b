/**
 * Knowledge-base documents written at test time, so no binary fixture is
 * committed. The PDFs are hand-built (pdf-lib is not a dependency) and only
 * as complete as pdf.js needs to extract their text.
 */
import { truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'

const sampleMarkdown = '# Chest pain\n\nAssess airway first.\n\n## Red flags\n\n胸痛伴大汗，立即做心电图。\n'
const sampleText = 'Triage notes.\n\n胸痛患者优先。\n'
const sampleHtml = `<!doctype html><html><head><title>Chest pain guide</title><style>p { color: red }</style><script>var hidden = 1</script></head>
<body><header>Site header</header><nav><a href="/">Home</a></nav>
<h1>Chest pain</h1><p>Give aspirin &amp; check the ECG &lt;now&gt;.</p>
<h2>Red flags</h2><ul><li>Sweating</li><li>胸痛伴大汗</li></ul>
<footer>Copyright</footer></body></html>`

function write(dir: string, name: string, content: string | Uint8Array): string {
  const file = join(dir, name)
  writeFileSync(file, content)
  return file
}

export function writeMarkdownFixture(dir: string, name = 'guide.md', markdown = sampleMarkdown): string {
  return write(dir, name, markdown)
}

/** Bytes, too, for the encodings a text file can come in. */
export function writeTextFixture(dir: string, name = 'notes.txt', text: string | Uint8Array = sampleText): string {
  return write(dir, name, text)
}

export function writeHtmlFixture(dir: string, name = 'guide.html', html = sampleHtml): string {
  return write(dir, name, html)
}

/** Numbers the objects from 1 and counts every offset in bytes, so pdf.js reads the xref as is instead of repairing it. */
function pdfBytes(objects: string[], trailer = ''): Buffer {
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const offset = body.length
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`
  // Everything above is ASCII (Chinese goes in as hex), so string length is byte length.
  return Buffer.from(body, 'latin1')
}

function stream(content: string, dictionary = ''): string {
  return `<< ${dictionary} /Length ${content.length} >>\nstream\n${content}\nendstream`
}

const printable = /^[\x20-\x7e]$/

/** Each line in runs: printable ASCII in Helvetica (F1), anything else as 2-byte codes in the Type0 font (F2), code = UTF-16 unit. */
function pageContent(text: string): string {
  return text
    .split('\n')
    .map((line, index) => {
      const runs = line.match(/[\x20-\x7e]+|[^\x20-\x7e]+/g) ?? []
      const shown = runs.map((run) =>
        printable.test(run[0]!) ? `/F1 12 Tf (${run.replace(/[\\()]/g, '\\$&')}) Tj` : `/F2 12 Tf <${[...run].map(hexCode).join('')}> Tj`
      )
      return `BT 72 ${720 - index * 20} Td ${shown.join(' ')} ET`
    })
    .join('\n')
}

function hexCode(char: string): string {
  if (char.length !== 1) throw new Error(`The PDF fixture writes BMP characters only, not ${char}`)
  return char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
}

/** Maps each 2-byte code back to its character; this is all pdf.js needs to extract Chinese, the glyphs never render. */
function toUnicodeCMap(text: string): string {
  const codes = [...new Set([...text].filter((char) => !printable.test(char) && char !== '\n'))].map(hexCode)
  const blocks: string[] = []
  for (let at = 0; at < codes.length; at += 100) {
    const block = codes.slice(at, at + 100)
    blocks.push(`${block.length} beginbfchar\n${block.map((code) => `<${code}> <${code}>`).join('\n')}\nendbfchar`)
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end'
  ].join('\n')
}

/** One page per string; lines split at \n. Non-ASCII text (Chinese) uses a Type0/Identity-H font with a ToUnicode CMap. */
export function writePdfFixture(dir: string, name: string, pages: string[], options: { title?: string } = {}): string {
  const fonts = [
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /NoEmbedSong /Encoding /Identity-H /DescendantFonts [5 0 R] /ToUnicode 7 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoEmbedSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 /CIDToGIDMap /Identity >>',
    '<< /Type /FontDescriptor /FontName /NoEmbedSong /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>',
    stream(toUnicodeCMap(pages.join('')))
  ]
  const first = 3 + fonts.length
  const pageObjects = pages.flatMap((text, index) => [
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${first + index * 2 + 1} 0 R >>`,
    stream(pageContent(text))
  ])
  const kids = pages.map((_, index) => `${first + index * 2} 0 R`).join(' ')
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`, ...fonts, ...pageObjects]
  if (options.title !== undefined) objects.push(`<< /Title (${options.title.replace(/[\\()]/g, '\\$&')}) >>`)
  return write(dir, name, pdfBytes(objects, options.title === undefined ? '' : `/Info ${objects.length} 0 R `))
}

function onePagePdf(page: string, extra: string[] = [], trailer = ''): Buffer {
  return pdfBytes(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page, ...extra], trailer)
}

/** Standard security handler, R2; the U value is not what the empty user password gives, so pdf.js asks for a password. */
export function writeEncryptedPdfFixture(dir: string, name = 'locked.pdf'): string {
  const encrypt = `<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> /P -4 >>`
  const id = `<${'0f'.repeat(16)}>`
  return write(dir, name, onePagePdf('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>', [encrypt], `/Encrypt 4 0 R /ID [${id} ${id}] `))
}

/** A page that paints a 2×2 grey image and has no text: what a scanner produces. */
export function writeScannedPdfFixture(dir: string, name = 'scan.pdf'): string {
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>'
  const image = stream('00FFFF00>', '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode')
  return write(dir, name, onePagePdf(page, [stream('q 400 0 0 400 100 200 cm /Im1 Do Q'), image]))
}

export function writeEmptyPdfFixture(dir: string, name = 'blank.pdf'): string {
  return write(dir, name, onePagePdf('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>'))
}

export function writeCorruptPdfFixture(dir: string, name = 'broken.pdf'): string {
  const garbage = Uint8Array.from({ length: 512 }, (_, index) => (index * 37 + 11) % 256)
  return write(dir, name, Buffer.concat([Buffer.from('%PDF-1.4\n'), garbage]))
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

const wordNamespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const relationshipType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A minimal Word document: one "heading 1" paragraph (styles.xml names it, which is what mammoth matches) and plain paragraphs. */
export function writeDocxFixture(
  dir: string,
  name = 'guide.docx',
  content: { heading: string; paragraphs: string[] } = { heading: 'Chest pain', paragraphs: ['Assess airway first.', '胸痛伴大汗，立即做心电图。'] }
): string {
  const paragraph = (text: string, style?: string): string =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`
  const body = [paragraph(content.heading, 'Heading1'), ...content.paragraphs.map((text) => paragraph(text))].join('')
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  const files = {
    '[Content_Types].xml':
      `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    '_rels/.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationshipType}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationshipType}/styles" Target="styles.xml"/></Relationships>`,
    'word/styles.xml': `${xml}<w:styles ${wordNamespace}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`,
    'word/document.xml': `${xml}<w:document ${wordNamespace}><w:body>${body}</w:body></w:document>`
  }
  return write(dir, name, zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)]))))
}

/** A sparse file of the given size: tests the size check without writing hundreds of megabytes. */
export function writeLargeFileFixture(dir: string, name: string, bytes: number): string {
  const file = write(dir, name, '')
  truncateSync(file, bytes)
  return file
}
