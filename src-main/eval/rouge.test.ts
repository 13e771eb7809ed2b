import { describe, expect, it } from 'vitest'
import { percentile } from './percentile'
import { polarity } from './polarity'
import { rougeLCharF } from './rouge'

describe('rougeLCharF', () => {
  it('is 1 for identical text and ignores punctuation', () => {
    expect(rougeLCharF('有点心慌。', '有点心慌')).toBe(1)
  })
  it('scores Chinese by characters', () => {
    // LCS of 我没有发烧 / 没有发烧 is 4: P = 4/5, R = 1 → F = 8/9
    expect(rougeLCharF('我没有发烧', '没有发烧')).toBeCloseTo(8 / 9, 6)
    expect(rougeLCharF('头疼', '腹泻')).toBe(0)
  })
})

describe('polarity', () => {
  it.each([
    ['没有，一直都挺好', 'deny'],
    ['不疼', 'deny'],
    ['有点，晚上更明显', 'affirm'],
    ['No, never.', 'deny'],
    ["I haven't noticed that", 'deny'],
    ['Yes, since Monday', 'affirm']
  ])('%s → %s', (answer, expected) => {
    expect(polarity(answer)).toBe(expected)
  })
})

describe('percentile', () => {
  it('interpolates', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5)
    expect(percentile([5], 95)).toBe(5)
    expect(percentile([], 50)).toBeNaN()
  })
})
