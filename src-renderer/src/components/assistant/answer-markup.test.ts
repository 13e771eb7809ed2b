import { describe, expect, it } from 'vitest'
import { parseAnswer, parseInline, passageSource, splitUrgent } from './answer-markup'

describe('answer markup', () => {
  it('turns [1] and [1, 2] into citations and keeps the text around them', () => {
    expect(parseInline('首选超声[1]，必要时CT [1, 2]。')).toEqual([
      { kind: 'text', text: '首选超声' },
      { kind: 'cite', numbers: [1] },
      { kind: 'text', text: '，必要时CT ' },
      { kind: 'cite', numbers: [1, 2] },
      { kind: 'text', text: '。' }
    ])
    expect(parseInline('a [x] b')).toEqual([{ kind: 'text', text: 'a [x] b' }])
  })

  it('groups lines into paragraphs and `- ` lists', () => {
    expect(parseAnswer('Intro\nsecond line\n\n- one [1]\n- two\nafter')).toEqual([
      { kind: 'paragraph', lines: [[{ kind: 'text', text: 'Intro' }], [{ kind: 'text', text: 'second line' }]] },
      { kind: 'list', items: [[{ kind: 'text', text: 'one ' }, { kind: 'cite', numbers: [1] }], [{ kind: 'text', text: 'two' }]] },
      { kind: 'paragraph', lines: [[{ kind: 'text', text: 'after' }]] }
    ])
    expect(parseAnswer('\n\n')).toEqual([])
  })

  it('takes the urgent paragraph out only when red flags were found', () => {
    expect(splitUrgent('⚠️ 立即就医\n\n正文', true)).toEqual({ urgent: '⚠️ 立即就医', body: '正文' })
    expect(splitUrgent('正文\n\n第二段', false)).toEqual({ urgent: null, body: '正文\n\n第二段' })
  })

  it('names a passage by title and heading, without the title twice', () => {
    expect(passageSource({ title: '急性阑尾炎', heading: '急性阑尾炎 › 首要检查' })).toBe('急性阑尾炎 › 首要检查')
    expect(passageSource({ title: 'Guide', heading: 'Red flags' })).toBe('Guide › Red flags')
    expect(passageSource({ title: 'Guide', heading: 'Guide' })).toBe('Guide')
  })
})
