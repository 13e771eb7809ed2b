import { describe, expect, it } from 'vitest'
import { scriptedRoles, ScriptedEngine } from '../test-support/scripted-engine'
import { checkCitations, supportScore } from './citation-check'
import { ruleFindings } from './critique'
import { routeIntents, routeLexically } from './intent-router'
import { clinicalTerms, searchQueries } from './query-rewrite'
import { detectRedFlags, urgentMessage } from './red-flags'
import { estimateTokens, extractiveSummary, turnsToFold } from './summary-memory'

describe('red flags', () => {
  it('needs every part of a flag: chest pain with sweating, not chest pain alone', () => {
    expect(detectRedFlags('我胸口疼，还一直出冷汗').map((flag) => flag.id)).toEqual(['chest-pain-sweating'])
    expect(detectRedFlags('my chest hurts... chest pain and I am sweating a lot').map((flag) => flag.id)).toEqual(['chest-pain-sweating'])
    expect(detectRedFlags('胸痛三天，按压时加重')).toEqual([])
    expect(detectRedFlags('爸爸突然嘴歪，说话不清楚').map((flag) => flag.id)).toEqual(['stroke-signs'])
    expect(detectRedFlags("I don't want to live anymore").map((flag) => flag.id)).toEqual(['suicidal-intent'])
    expect(detectRedFlags('What is the first-line treatment for asthma?')).toEqual([])
  })

  it('writes the urgent-care message in the question language, with crisis advice for suicidal intent', () => {
    const zh = urgentMessage(detectRedFlags('我不想活了'), 'zh')
    expect(zh).toContain('120')
    expect(zh).toContain('自杀意念')
    expect(zh).toContain('12356')
    expect(urgentMessage(detectRedFlags('chest pain and sweating'), 'en')).toMatch(/^⚠️ Urgent: .*chest pain with sweating.*emergency/)
  })
})

describe('intent routing', () => {
  it('routes by lexicon what it can', () => {
    expect(routeLexically('你好')).toBe('chat')
    expect(routeLexically('thanks!')).toBe('chat')
    expect(routeLexically('今天北京天气怎么样')).toBe('out-of-scope')
    expect(routeLexically('急性阑尾炎怎么诊断')).toBe('medical')
    expect(routeLexically('what does the Alvarado score mean')).toBeNull()
  })

  it('gives each part of a message its own intent', async () => {
    const routing = await routeIntents('谢谢！另外，哮喘病人能吃布洛芬吗？', null)
    expect(routing.parts.map((part) => [part.intent, part.by])).toEqual([
      ['chat', 'lexicon'],
      ['medical', 'lexicon']
    ])
    expect(routing.intents).toEqual(['chat', 'medical'])
  })

  it('asks the extractor only about the parts it is unsure of, and counts them medical without one', async () => {
    const asked: string[][] = []
    const routing = await routeIntents('Hello. What does the Alvarado score mean?', async (parts) => {
      asked.push([...parts])
      return { parts: [{ index: 0, intent: 'medical' }] }
    })
    expect(asked).toEqual([['What does the Alvarado score mean?']])
    expect(routing.parts.map((part) => [part.intent, part.by])).toEqual([
      ['chat', 'lexicon'],
      ['medical', 'model']
    ])
    const offline = await routeIntents('What does the Alvarado score mean?', null)
    expect(offline.parts[0]).toMatchObject({ intent: 'medical', by: 'default' })
    const declined = await routeIntents('Write some code to sort a list', async () => ({ parts: [{ index: 0, intent: 'out-of-scope' }] }))
    expect(declined.intents).toEqual(['out-of-scope'])
  })
})

describe('query rewriting', () => {
  it('adds clinical terms to colloquial words in both languages and merges the model’s queries without repeats', () => {
    expect(clinicalTerms('肚子疼还拉肚子')).toBe('肚子疼 腹痛还拉肚子 腹泻')
    expect(clinicalTerms('my tummy hurts and I keep throwing up')).toContain('abdominal')
    expect(clinicalTerms('my tummy hurts and I keep throwing up')).toContain('vomiting')
    expect(searchQueries(['发烧咳嗽'], ['社区获得性肺炎 诊断', '发烧 发热咳嗽'])).toEqual(['发烧 发热咳嗽', '社区获得性肺炎 诊断'])
  })
})

describe('citation check', () => {
  const passages = ['首次医疗接触后十分钟内完成十二导联心电图。尽早检测高敏肌钙蛋白。', 'Ultrasound is the first imaging test in children and in pregnancy.']

  it('keeps supported sentences, removes one its passage does not support, and one citing a passage that does not exist', () => {
    const check = checkCitations('应在十分钟内完成十二导联心电图[1]。应立即给予溶栓治疗[1]。高敏肌钙蛋白要尽早检测[9]。以上供参考。', passages)
    expect(check.sentences.map((sentence) => sentence.verdict)).toEqual(['supported', 'unsupported', 'unsupported', 'uncited'])
    expect(check.text).toBe('应在十分钟内完成十二导联心电图[1]。以上供参考。')
    expect(check).toMatchObject({ supported: 1, removed: 2, used: [1] })
  })

  it('scores English by word stems and keeps a list a list', () => {
    expect(supportScore('In pregnancy, ultrasound is the first imaging test [2].', passages)).toBeGreaterThan(0.8)
    expect(supportScore('CT scanning is always required [2].', passages)).toBeLessThan(0.5)
    const check = checkCitations('First steps:\n- Ultrasound is the first imaging test in children [2].\n- Start antibiotics at once [2].', passages)
    expect(check.text).toBe('First steps:\n- Ultrasound is the first imaging test in children [2].')
  })
})

describe('critique rules', () => {
  it('flags a drug of the class the person is allergic to', () => {
    const memory = [{ id: 'm', kind: 'allergy' as const, value: '青霉素', source: 'user' as const, updatedAt: 'now' }]
    expect(ruleFindings('可选用阿莫西林口服[1]。', memory, 'zh')).toEqual([{ kind: 'allergy', detail: '回答提到「阿莫西林」，但此人对「青霉素」过敏。' }])
    expect(ruleFindings('可选用头孢曲松[1]。', memory, 'zh')).toEqual([])
  })
})

describe('summary memory', () => {
  it('counts Chinese by character and English by about four characters a token', () => {
    expect(estimateTokens('胸痛伴大汗')).toBe(5)
    expect(estimateTokens('chest pain')).toBe(3)
  })

  it('folds the oldest turns once the budget is exceeded, always keeping the last two', () => {
    const turns = Array.from({ length: 6 }, (_, at) => ({ id: at + 1, role: at % 2 === 0 ? ('user' as const) : ('assistant' as const), text: `第${at + 1}轮。${'内容'.repeat(20)}` }))
    const { fold, keep } = turnsToFold(turns, 100)
    expect(fold.map((turn) => turn.id)).toEqual([1, 2, 3, 4])
    expect(keep.map((turn) => turn.id)).toEqual([5, 6])
    expect(turnsToFold(turns, 10_000).fold).toEqual([])
    expect(extractiveSummary('', fold)).toBe(['Q: 第1轮。', 'A: 第2轮。', 'Q: 第3轮。', 'A: 第4轮。'].join('\n'))
  })
})

describe('scripted roles', () => {
  it('resolve only the roles given', () => {
    const roles = scriptedRoles({ critic: new ScriptedEngine(() => '{}') })
    expect(roles.resolve('critic')?.model.model).toBe('scripted')
    expect(roles.resolve('assistant')).toBeNull()
  })
})
