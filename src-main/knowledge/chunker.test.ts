import { describe, expect, it } from 'vitest'
import { chunkSections, markdownSections, splitSentences } from './chunker'

describe('sentences in both languages', () => {
  it('ends Chinese sentences at 。！？； (closing quotes stay with them) and English ones at . ! ? before a new sentence', () => {
    expect(splitSentences('胸痛伴大汗。立即做心电图！是否需要溶栓？医生说：“先别动。”然后离开。')).toEqual(['胸痛伴大汗。', '立即做心电图！', '是否需要溶栓？', '医生说：“先别动。”', '然后离开。'])
    expect(splitSentences('Check the ECG. Give aspirin 300 mg! Is it STEMI? Yes.')).toEqual(['Check the ECG.', 'Give aspirin 300 mg!', 'Is it STEMI?', 'Yes.'])
  })

  it('keeps abbreviations, decimals and units inside their sentence', () => {
    expect(splitSentences('Potassium was 3.5 mmol/L, e.g. low-normal. Dr. Li agreed.')).toEqual(['Potassium was 3.5 mmol/L, e.g. low-normal.', 'Dr. Li agreed.'])
  })

  it('treats a blank line as a paragraph end even without punctuation', () => {
    expect(splitSentences('Red flags\n\nSudden severe headache')).toEqual(['Red flags', 'Sudden severe headache'])
  })
})

describe('sections from Markdown', () => {
  it('keeps the heading path of every passage, ignoring # inside code fences', () => {
    const sections = markdownSections('Intro text.\n# Chest pain\n## Red flags\nSweating.\n```\n# not a heading\n```\n## Tests\nECG.\n# Stroke\nFAST.')
    expect(sections.map((section) => [section.headingPath, section.text])).toEqual([
      [[], 'Intro text.'],
      [['Chest pain', 'Red flags'], 'Sweating.\n```\n# not a heading\n```'],
      [['Chest pain', 'Tests'], 'ECG.'],
      [['Stroke'], 'FAST.']
    ])
  })
})

describe('chunks', () => {
  const chinese = Array.from({ length: 40 }, (_, index) => `第${index + 1}句说明胸痛患者需要尽快完成心电图检查。`).join('')

  it('stay within the size, end at sentence ends, and overlap by whole sentences', () => {
    const chunks = chunkSections([{ headingPath: ['急性冠脉综合征', '初始检查'], text: chinese }], { size: 120, overlap: 30 })
    expect(chunks.length).toBeGreaterThan(5)
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(120)
      expect(chunk.text.endsWith('。')).toBe(true)
      expect(chunk.headingPath).toEqual(['急性冠脉综合征', '初始检查'])
    }
    for (let at = 1; at < chunks.length; at++) {
      const previousLast = splitSentences(chunks[at - 1]!.text).at(-1)!
      expect(chunks[at]!.text.startsWith(previousLast)).toBe(true)
    }
    // Nothing is lost: every sentence is in some chunk.
    for (const sentence of splitSentences(chinese)) expect(chunks.some((chunk) => chunk.text.includes(sentence))).toBe(true)
    expect(chunks.map((chunk) => chunk.index)).toEqual(chunks.map((_, index) => index))
  })

  it('counts English at half weight, joins it with spaces, and cuts a sentence longer than a chunk at a space', () => {
    const long = `${'word '.repeat(300).trim()}.`
    const chunks = chunkSections([{ headingPath: [], text: `Short one. ${long} Last one.`, page: 3 }], { size: 100, overlap: 10 })
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(200)
      expect(chunk.page).toBe(3)
      expect(chunk.text).not.toMatch(/wor$|^ord/)
    }
    expect(chunks[0]!.text.startsWith('Short one. word word')).toBe(true)
    expect(chunks.at(-1)!.text.endsWith('Last one.')).toBe(true)
  })

  it('never mixes two sections in one chunk', () => {
    const chunks = chunkSections(markdownSections('# A\nAlpha one. Alpha two.\n# B\nBeta one.'), { size: 400 })
    expect(chunks.map((chunk) => [chunk.headingPath, chunk.text])).toEqual([
      [['A'], 'Alpha one. Alpha two.'],
      [['B'], 'Beta one.']
    ])
  })
})

describe('lists', () => {
  it('keep each item on its own line in the chunk', () => {
    const [chunk] = chunkSections(markdownSections('# 处理\n\n首要措施：\n- 禁食。\n- 静脉补液。\n1. 抗生素\n'))
    expect(chunk!.text).toBe('首要措施：\n- 禁食。\n- 静脉补液。\n1. 抗生素')
  })
})
