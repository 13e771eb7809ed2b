import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../core/create-core'
import { askOnce, starterCore } from '../test-support/starter-core'
import { useTempDirs } from '../test-support/temp-dir'
import type { JudgeModel } from './critique'
import { scorerVersion } from './rule-scorer'

const tempDir = useTempDirs()
const acs = { packId: 'starter', caseId: 'acute-coronary-syndrome' }

async function finishedSession(core: Core, profileId: string | undefined, questions: string[], diagnosis = '急性心肌梗死') {
  const id = core.patient.start({ ...acs, language: 'zh', ...(profileId ? { profileId } : {}) })
  for (const question of questions) await askOnce(core, id, question)
  core.patient.order(id, '心电图')
  core.patient.submit(id, diagnosis, ['主动脉夹层'])
  return id
}

const thorough = ['您好，我是王医生，请问您叫什么名字？', '您今天哪里不舒服？', '疼痛会放射到别的地方吗？', '出汗多吗？', '有没有药物过敏？', '平时吃什么药？', '抽烟吗？', '家里人有心脏病吗？', '以前有高血压吗？', '还有什么想补充的吗？']
const brief = ['哪里不舒服？']

describe('assessment', () => {
  let core: Core
  let judgeReply: string
  let judgeCalls: Parameters<JudgeModel['completeJson']>[]
  const judge: JudgeModel = {
    info: { engine: 'test', model: 'judge-double', adapter: 'judge-lora' },
    async completeJson(...args) {
      judgeCalls.push(args)
      return { text: judgeReply }
    }
  }
  let judgeOn = true
  beforeEach(() => {
    judgeCalls = []
    judgeOn = true
    core = starterCore(tempDir(), { judgeModel: () => (judgeOn ? judge : null) })
  })
  afterEach(() => core.dispose())

  it('scores a submitted session once per scorer version, and a newer version keeps the older result', async () => {
    const id = await finishedSession(core, undefined, thorough)
    const first = core.assessment.score(id, { traceId: 'trace-1' })
    expect(first.scorerVersion).toBe(scorerVersion)
    expect(core.assessment.score(id)).toEqual(first)
    expect(core.store.scores.scores(id)).toHaveLength(1)
    expect(core.store.scores.scores(id)[0]?.traceId).toBe('trace-1')

    // An old result from an earlier scorer: the report scores with the current one and keeps both.
    core.store.db.prepare("UPDATE session_scores SET scorer_version = 'rule-0', total = 12 WHERE session_id = ?").run(id)
    const report = core.assessment.report(id)
    expect(report.scoreHistory.map((row) => row.scorerVersion)).toEqual(['rule-0', scorerVersion])
    expect(report.score.total).toBe(first.total)
  })

  it('gives the same verdict on the diagnosis in the practice outcome and in the score', async () => {
    // "急性冠状动脉综合征" is not among the case's own synonyms; only the shared lexicon knows it.
    const id = await finishedSession(core, undefined, brief, '急性冠状动脉综合征')
    const report = core.assessment.report(id)
    expect(report.score.diagnosis.correct).toBe(true)
    expect(report.view.outcome?.diagnosisCorrect).toBe(true)
  })

  it('refuses to report an unfinished session (the report shows the answer)', () => {
    const id = core.patient.start({ ...acs, language: 'zh' })
    expect(() => core.assessment.report(id)).toThrow(expect.objectContaining({ code: 'SESSION_NOT_FINISHED' }))
  })

  it('reports from the case as it was, after the pack is removed', async () => {
    const id = await finishedSession(core, undefined, thorough)
    expect(core.cases.deletePack('starter')).toBe(true)
    const report = core.assessment.report(id)
    expect(report.view.presentation.title.zh).toBeTruthy()
    expect(report.view.outcome?.diagnosis.name.zh).toContain('心肌梗死')
    expect(report.score.diagnosis.correct).toBe(true)
    expect(report.score.redFlags.map((flag) => flag.status)).toContain('early')
  })

  it('builds a replay: every message in order, the facts each reply revealed, orders in place, items earned per turn', async () => {
    const id = await finishedSession(core, undefined, thorough)
    const { timeline, score } = core.assessment.report(id)
    const messages = timeline.filter((entry) => entry.kind === 'message')
    expect(messages).toHaveLength(thorough.length * 2)
    expect(timeline.at(-1)).toMatchObject({ kind: 'order', grade: 'indicated', turn: thorough.length })
    const radiation = timeline.find((entry) => entry.kind === 'message' && entry.message.text === '疼痛会放射到别的地方吗？')
    expect(radiation).toMatchObject({ turn: 3, earnedItemIds: expect.arrayContaining(['fact.hpi.radiation']) })
    const reply = timeline[timeline.indexOf(radiation!) + 1]
    expect(reply).toMatchObject({ kind: 'message', revealed: [{ id: 'hpi.radiation' }] })
    const earnedInTimeline = timeline.flatMap((entry) => (entry.kind === 'message' ? entry.earnedItemIds : []))
    expect(new Set(earnedInTimeline)).toEqual(new Set(score.checklist.items.filter((item) => item.status === 'earned' && item.messageId !== null).map((item) => item.id)))
  })

  it('stores a critique with its model, adapter and prompt version; quotes are checked against their turn', async () => {
    const id = await finishedSession(core, undefined, thorough)
    judgeReply = JSON.stringify({
      processItems: [
        { id: 'process.introduce', pass: true, turn: 1, quote: '我是王医生' },
        { id: 'process.empathy', pass: false, turn: 2, quote: '我理解您很难受' }
      ],
      strengths: ['问诊有条理'],
      improvements: ['询问患者的担忧', '总结病史', '解释下一步']
    })
    const critique = await core.assessment.critique(id, { traceId: 'trace-c' })
    expect(critique).toMatchObject({ engine: 'test', model: 'judge-double', adapter: 'judge-lora', promptVersion: 'critique-1' })
    expect(critique.verdict.processItems.map((entry) => entry.quoteFound)).toEqual([true, false])
    expect(judgeCalls[0]?.[1]).toMatchObject({ temperature: 0, jsonSchema: expect.objectContaining({ type: 'object' }) })
    expect(judgeCalls[0]?.[0][1]?.content).toContain('[1] 医生: 您好，我是王医生')
    expect(core.assessment.report(id).critique?.id).toBe(critique.id)
  })

  it('rejects a malformed verdict and stores nothing; without a judge it says so', async () => {
    const id = await finishedSession(core, undefined, brief)
    judgeReply = JSON.stringify({ processItems: [], strengths: [], improvements: [] })
    await expect(core.assessment.critique(id)).rejects.toMatchObject({ code: 'VERDICT_INVALID' })
    judgeReply = '{"processItems": [{"id": "process.made-up", "pass": true, "turn": 1, "quote": "x"}], "strengths": [], "improvements": ["a"]}'
    await expect(core.assessment.critique(id)).rejects.toMatchObject({ code: 'VERDICT_INVALID', message: expect.stringContaining('process.made-up') })
    judgeReply = 'not json'
    await expect(core.assessment.critique(id)).rejects.toMatchObject({ code: 'VERDICT_INVALID' })
    expect(core.store.scores.critiques(id)).toEqual([])
    judgeOn = false
    await expect(core.assessment.critique(id)).rejects.toMatchObject({ code: 'JUDGE_UNAVAILABLE' })
    expect(core.assessment.report(id).judgeAvailable).toBe(false)
  })

  it('keeps a history per profile, ranks profiles, notices recurring omissions and exports CSV', async () => {
    const ana = core.profiles.create({ displayName: '安娜', role: 'student' })
    const ben = core.profiles.create({ displayName: 'Ben', role: 'student' })
    await finishedSession(core, ana.id, thorough)
    await finishedSession(core, ben.id, brief)
    await finishedSession(core, ben.id, [...brief, '出汗吗？'], '胃炎')
    expect(() => core.patient.start({ ...acs, language: 'zh', profileId: 'nobody' })).toThrow(expect.objectContaining({ code: 'PROFILE_NOT_FOUND' }))

    const history = core.assessment.history(ben.id)
    expect(history.sessions).toHaveLength(2)
    expect(history.bestPerCase).toEqual([expect.objectContaining({ caseId: 'acute-coronary-syndrome', attempts: 2, best: Math.max(...history.sessions.map((entry) => entry.total)) })])
    expect(history.omissions.map((entry) => entry.section)).toEqual(expect.arrayContaining(['medication-allergy', 'family', 'past']))
    expect(history.omissions[0]).toMatchObject({ skipped: 2, of: 2 })
    expect(core.assessment.history(ana.id).omissions.map((entry) => entry.section)).not.toContain('medication-allergy')

    const board = core.assessment.leaderboard(acs)
    expect(board.map((entry) => entry.displayName)).toEqual(['安娜', 'Ben'])
    expect(board[0]).toMatchObject({ rank: 1, sessions: 1 })
    expect(core.assessment.leaderboard({ packId: 'starter', caseId: 'asthma-exacerbation' })).toEqual([])

    const csv = core.assessment.resultsCsv()
    expect(csv.startsWith('\uFEFFsession_id,profile,')).toBe(true)
    const lines = csv.trim().split('\n')
    expect(lines).toHaveLength(4)
    expect(lines.some((line) => line.includes('安娜'))).toBe(true)
  })
})
