import { cpSync, existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core/create-core'
import { toPatientView } from '../patient/patient-view'
import { QuestionMatcher } from '../patient/question-matcher'
import { useTempDirs } from '../test-support/temp-dir'
import { asksAboutHistory, evaluateScorerCase, scorerSummary } from './scorer-eval'

const spbench = fileURLToPath(new URL('../../../shared/data/spbench/', import.meta.url))
const hasShared = existsSync(spbench)
const tempDir = useTempDirs()

// Three real consultations (the full set runs in `cliniclab eval scorer`); without ../shared/data these cannot run.
describe.skipIf(!hasShared)(`the scorer on real consultations${hasShared ? '' : ' (skipped: ../shared/data is missing)'}`, () => {
  let core: Core | undefined
  afterEach(() => core?.dispose())

  it('ranks each complete consultation above its first five questions and above it without the history questions', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'cases'))
    for (const name of ['01.json', '07.json', '23.json']) cpSync(join(spbench, 'cases', name), join(dir, 'cases', name))
    core = createCore({ dataDir: join(dir, 'data'), logLevel: 'warn' })
    const { manifest } = core.cases.importPack(join(dir, 'cases'))
    const reports = []
    for (const item of core.cases.list()) {
      const source = core.cases.get(manifest.id, item.id)!
      reports.push(await evaluateScorerCase(core, manifest.id, source, join(spbench, 'transcripts', source.source!.file.split('/').pop()!), 'zh'))
    }
    expect(reports).toHaveLength(3)
    for (const report of reports) {
      expect(report.full.total, report.caseId).toBeGreaterThan(report.firstFive.total)
      expect(report.full.total, report.caseId).toBeGreaterThan(report.withoutHistory.total)
      expect(report.withoutHistory.questions).toBeLessThan(report.full.questions)
    }
    expect(scorerSummary(reports)).toMatchObject({ cases: 3, fullAboveFirstFive: 1, fullAboveWithoutHistory: 1 })

    const matcher = new QuestionMatcher(toPatientView(core.cases.get(manifest.id, core.cases.list()[0]!.id)!))
    expect(asksAboutHistory(matcher, '家里人还得过其他病吗？')).toBe(true)
    expect(asksAboutHistory(matcher, '有没有药物过敏？')).toBe(true)
    expect(asksAboutHistory(matcher, '请说说您这次来医院看病的原因。')).toBe(false)
  })
})
