import { describe, expect, it } from 'vitest'
import { caseSchema, type CaseInput } from '../cases/case-schema'
import type { MessageRow, OrderRow } from '../store/session-repository'
import { scoreSession, type ScoringInput } from './rule-scorer'

/** A small hand-built case: chest pain, one red flag, one family fact missing (so a topic item appears). */
const caseInput: CaseInput = {
  schemaVersion: 1,
  id: 'chest-pain',
  title: { zh: '胸痛', en: 'Chest pain' },
  specialty: 'cardiology',
  patient: { sex: 'male', age: 58 },
  persona: {},
  facts: [
    { id: 'cc', category: 'chief-complaint', disclosure: 'volunteered', text: { zh: '胸痛2小时', en: 'Chest pain for 2 hours' }, say: { zh: '胸口疼了两个小时。', en: 'My chest has hurt for two hours.' }, keywords: { zh: ['不舒服', '胸痛'], en: ['chest pain'] } },
    { id: 'sweating', category: 'hpi-associated', disclosure: 'on-ask', text: { zh: '伴大汗', en: 'Sweating' }, say: { zh: '出了好多汗。', en: 'I was sweating a lot.' }, keywords: { zh: ['出汗'], en: ['sweat'] } },
    { id: 'allergy', category: 'allergy', disclosure: 'on-ask', negative: true, text: { zh: '无药物过敏', en: 'No drug allergies' }, say: { zh: '没有过敏。', en: 'No allergies.' }, keywords: { zh: ['过敏'], en: ['allerg'] } },
    { id: 'smoking', category: 'social', disclosure: 'on-ask', text: { zh: '吸烟30年', en: 'Smoked for 30 years' }, say: { zh: '抽了三十年烟。', en: "I've smoked for thirty years." }, keywords: { zh: ['抽烟', '吸烟'], en: ['smok'] } },
    { id: 'worry', category: 'ice-concerns', disclosure: 'on-ask', text: { zh: '担心心脏病', en: 'Worried about his heart' }, say: { zh: '我怕是心脏出问题了。', en: "I'm scared it's my heart." }, keywords: { zh: ['担心'], en: ['worr'] } }
  ],
  tests: [
    { id: 'ecg', name: { zh: '心电图', en: 'ECG' }, synonyms: {}, result: { zh: 'ST段抬高', en: 'ST elevation' }, abnormal: true, costCny: 30, appropriateness: 'indicated' },
    { id: 'troponin', name: { zh: '肌钙蛋白', en: 'Troponin' }, synonyms: {}, result: { zh: '升高', en: 'Raised' }, abnormal: true, costCny: 120, appropriateness: 'indicated' },
    { id: 'ct-head', name: { zh: '头颅CT', en: 'CT head' }, synonyms: {}, result: { zh: '正常', en: 'Normal' }, abnormal: false, costCny: 300, appropriateness: 'unnecessary' },
    { id: 'stress', name: { zh: '运动负荷试验', en: 'Exercise stress test' }, synonyms: {}, result: { zh: '未做', en: 'Not done' }, abnormal: false, costCny: 300, appropriateness: 'harmful' }
  ],
  assessment: {
    diagnosis: { name: { zh: '甲状腺功能亢进症' } },
    differentials: [{ name: { zh: '主动脉夹层', en: 'Aortic dissection' } }, { name: { en: 'Pulmonary embolism' } }],
    redFlags: [{ id: 'rf.sweating', text: { zh: '胸痛伴大汗', en: 'Chest pain with sweating' }, factIds: ['sweating'] }]
  }
}
const source = caseSchema.parse(caseInput)

/** Builds a session: each [question, factIds] pair is a student message and the patient's reply, a minute apart. */
function session(turns: [string, string[]][], extra: Partial<ScoringInput> = {}): ScoringInput {
  const start = Date.parse('2026-11-01T08:00:00Z')
  const messages: MessageRow[] = turns.flatMap(([text, factIds], index) => [
    { id: index * 2 + 1, role: 'student', text, createdAt: new Date(start + index * 60_000).toISOString(), status: 'complete', latencyMs: null, engine: null, model: null, adapter: null, outputTokens: null, factIds: [] },
    { id: index * 2 + 2, role: 'patient', text: '…', createdAt: new Date(start + index * 60_000 + 1000).toISOString(), status: 'complete', latencyMs: 1, engine: 'scripted', model: 'scripted', adapter: null, outputTokens: null, factIds }
  ])
  return { source, language: 'zh', messages, orders: [], finalDiagnosis: null, differential: null, startedAt: new Date(start).toISOString(), endedAt: new Date(start + turns.length * 60_000).toISOString(), ...extra }
}

function order(id: number, itemId: string | null, resolution: OrderRow['resolution'], afterMinutes: number, costCny = 0): OrderRow {
  return { id, text: itemId ?? 'x', resolution, kind: 'test', itemId, name: { zh: itemId ?? 'x' }, result: null, costCny, turnaroundMinutes: 0, createdAt: new Date(Date.parse('2026-11-01T08:00:00Z') + afterMinutes * 60_000 + 30_000).toISOString() }
}

const item = (result: ReturnType<typeof scoreSession>, id: string) => result.checklist.items.find((entry) => entry.id === id)!
const component = (result: ReturnType<typeof scoreSession>, id: string) => result.components.find((entry) => entry.id === id)!

describe('the rule scorer', () => {
  it('earns a content item at the turn whose reply revealed its fact, with the question as evidence', () => {
    const result = scoreSession(session([['您好，哪里不舒服？', ['cc']], ['有没有出汗？', ['sweating']]]))
    expect(result.checklist.generated).toBe(true)
    expect(item(result, 'fact.sweating')).toMatchObject({ status: 'earned', via: 'fact', turn: 2, messageId: 3, quote: '有没有出汗？' })
    const missed = item(result, 'fact.allergy')
    expect(missed).toMatchObject({ status: 'missed', turn: null, quote: null })
    expect(missed.suggestion?.zh).toContain('过敏')
  })

  it('asks only that a topic was raised when the case has no facts for a section', () => {
    const without = scoreSession(session([['哪里不舒服？', ['cc']]]))
    expect(item(without, 'topic.family')).toMatchObject({ status: 'missed' })
    const withFamily = scoreSession(session([['哪里不舒服？', ['cc']], ['家里人有没有类似的病？', []]]))
    expect(item(withFamily, 'topic.family')).toMatchObject({ status: 'earned', via: 'topic', turn: 2 })
    expect(component(withFamily, 'history').points).toBeGreaterThan(component(without, 'history').points)
  })

  it('detects process steps in Chinese and English, and misses them when they are not there', () => {
    const zh = scoreSession(
      session([
        ['您好，我是今天接诊您的王医生。请问您叫什么名字？', []],
        ['请说说您这次来医院的原因。', ['cc']],
        ['您最担心的是什么？', ['worry']],
        ['我总结一下，您胸口疼了两个小时，出汗很多，对吗？', []],
        ['还有什么想补充的吗？', []],
        ['接下来我们给您做个心电图检查。', []]
      ])
    )
    for (const id of ['process.introduce', 'process.confirm-identity', 'process.open-question', 'process.ice', 'process.summarise', 'process.anything-else', 'process.next-steps']) {
      expect(item(zh, id).status, id).toBe('earned')
    }
    expect(item(zh, 'process.introduce').turn).toBe(1)
    expect(item(zh, 'process.empathy').status).toBe('critique')

    const en = scoreSession(session([["Hello, I'm Dr Lee. What brings you in today?", ['cc']], ['What do you think is causing it?', []], ['Is there anything else you would like to tell me?', []]], { language: 'en' }))
    expect(item(en, 'process.introduce').status).toBe('earned')
    expect(item(en, 'process.open-question').status).toBe('earned')
    expect(item(en, 'process.ice').status).toBe('earned')
    expect(item(en, 'process.anything-else').status).toBe('earned')
    expect(item(en, 'process.summarise').status).toBe('missed')

    const blunt = scoreSession(session([['胸痛吗？', ['cc']], ['出汗吗？', ['sweating']]]))
    expect(blunt.checklist.items.filter((entry) => entry.kind === 'process' && entry.status === 'earned')).toEqual([])
    expect(component(blunt, 'process').points).toBe(0)
  })

  it('counts "next steps" only near the end of the consultation', () => {
    const early = session([['接下来我们会问您一些问题。', []], ...Array.from({ length: 8 }, (): [string, string[]] => ['还疼吗？', []])])
    expect(item(scoreSession(early), 'process.next-steps').status).toBe('missed')
  })

  it('grades red flags as early, late or missed', () => {
    expect(scoreSession(session([['有没有出汗？', ['sweating']]])).redFlags[0]).toMatchObject({ status: 'early', turn: 1, credit: 1 })
    const filler = Array.from({ length: 19 }, (_, index): [string, string[]] => [`问题${index}`, []])
    const late = scoreSession(session([...filler, ['有没有出汗？', ['sweating']]]))
    expect(late.redFlags[0]).toMatchObject({ status: 'late', turn: 20, credit: 0.6 })
    const missed = scoreSession(session([['哪里不舒服？', ['cc']]]))
    expect(missed.redFlags[0]).toMatchObject({ status: 'missed', turn: null, credit: 0 })
    expect(component(missed, 'red-flags').points).toBe(0)
  })

  it('grades each order from the catalogue and totals the cost', () => {
    const base = session([['哪里不舒服？', ['cc']]])
    const good = scoreSession({ ...base, orders: [order(1, 'ecg', 'matched', 0, 30), order(2, 'troponin', 'matched', 0, 120), order(3, null, 'default', 0, 20)] })
    expect(good.orders.items.map((entry) => entry.grade)).toEqual(['indicated', 'indicated', 'neutral'])
    expect(good.orders.totalCostCny).toBe(170)
    expect(good.orders.indicatedMissed).toEqual([])
    expect(component(good, 'orders').points).toBe(component(good, 'orders').max)

    const wasteful = scoreSession({ ...base, orders: [order(1, 'ecg', 'matched', 0, 30), order(2, 'ct-head', 'matched', 0, 300), order(3, 'stress', 'matched', 0, 300)] })
    expect(wasteful.orders.items.map((entry) => entry.grade)).toEqual(['indicated', 'unnecessary', 'harmful'])
    expect(wasteful.orders.indicatedMissed).toEqual([{ zh: '肌钙蛋白', en: 'Troponin' }])
    expect(component(wasteful, 'orders').points).toBe(0)
    expect(wasteful.total).toBeLessThan(good.total)
    expect(wasteful.orders.items[1]).toMatchObject({ turn: 1 })
  })

  it('matches the diagnosis by bilingual synonym and abbreviation, and ranks the differential', () => {
    const base = session([['哪里不舒服？', ['cc']]])
    for (const answer of ['甲亢', 'Graves病', "Graves' disease", 'hyperthyroidism', '甲状腺功能亢进', 'Thyrotoxicosis']) {
      expect(scoreSession({ ...base, finalDiagnosis: answer, differential: [] }).diagnosis.correct, answer).toBe(true)
    }
    for (const answer of ['甲减', 'hypothyroidism', '心肌梗死', 'thyroid']) {
      expect(scoreSession({ ...base, finalDiagnosis: answer, differential: [] }).diagnosis.correct, answer).toBe(false)
    }
    const second = scoreSession({ ...base, finalDiagnosis: '焦虑症', differential: ['心梗', '甲亢'] })
    expect(second.diagnosis).toMatchObject({ correct: false, rankInDifferential: 2 })
    const right = scoreSession({ ...base, finalDiagnosis: '甲亢', differential: ['主动脉夹层', 'PE'] })
    expect(right.diagnosis.goldDifferentials.map((entry) => entry.named)).toEqual([true, true])
    expect(component(right, 'diagnosis').points).toBe(component(right, 'diagnosis').max)
    expect(component(second, 'diagnosis').points).toBeGreaterThan(0)
    expect(component(second, 'diagnosis').points).toBeLessThan(component(right, 'diagnosis').points)
  })

  it('gives the share of a part that does not apply to the others, so the maximum stays 100', () => {
    const noFlags = caseSchema.parse({ ...caseInput, tests: [], assessment: { ...caseInput.assessment, redFlags: [] } })
    const result = scoreSession({ ...session([['哪里不舒服？', ['cc']]]), source: noFlags })
    expect(component(result, 'red-flags').applicable).toBe(false)
    expect(component(result, 'orders').applicable).toBe(false)
    expect(result.components.reduce((sum, entry) => sum + entry.max, 0)).toBeCloseTo(100, 0)
  })

  it('uses the case’s own checklist when it has one, including order items', () => {
    const authored = caseSchema.parse({
      ...caseInput,
      assessment: {
        ...caseInput.assessment,
        checklist: [
          { id: 'ask-sweat', section: 'associated', label: { zh: '询问出汗' }, kind: 'content', weight: 2, factIds: ['sweating'] },
          { id: 'order-ecg', section: 'course', label: { zh: '做心电图' }, kind: 'content', orderIds: ['ecg'] }
        ]
      }
    })
    const result = scoreSession({ ...session([['有没有出汗？', ['sweating']]]), source: authored, orders: [order(1, 'ecg', 'matched', 0, 30)] })
    expect(result.checklist.generated).toBe(false)
    expect(result.checklist.items.map((entry) => [entry.id, entry.status, entry.via])).toEqual([
      ['ask-sweat', 'earned', 'fact'],
      ['order-ecg', 'earned', 'order']
    ])
    expect(component(result, 'history').points).toBe(component(result, 'history').max)
  })

  it('gives the same score for the same session, always', () => {
    const input = session([['您好，我是李医生，哪里不舒服？', ['cc']], ['出汗吗？', ['sweating']], ['抽烟吗？', ['smoking']]], { finalDiagnosis: '甲亢', differential: ['肺栓塞'], orders: [order(1, 'ecg', 'matched', 1, 30)] })
    const first = scoreSession(input)
    expect(scoreSession(structuredClone(input))).toEqual(first)
    expect(first.total).toBeGreaterThan(0)
    expect(first.total).toBeLessThanOrEqual(100)
  })

  it('rewards a more complete history with a higher score', () => {
    const short = session([['哪里不舒服？', ['cc']]])
    const long = session([['哪里不舒服？', ['cc']], ['出汗吗？', ['sweating']], ['有没有药物过敏？', ['allergy']], ['抽烟吗？', ['smoking']], ['家里人有类似的病吗？', []]])
    expect(scoreSession(long).total).toBeGreaterThan(scoreSession(short).total)
  })
})
