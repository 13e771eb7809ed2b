import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { validateAny } from '../case-service'
import { detectFormat } from './detect-format'
import { splitTitle } from './spbench'

const shared = fileURLToPath(new URL('../../../../shared/data/', import.meta.url))
const hasShared = existsSync(shared)

// The shared data sits beside the project in every checkout and in CI; without it these cannot run.
describe.skipIf(!hasShared)(`importing every case in ../shared/data${hasShared ? '' : ' (skipped: ../shared/data is missing)'}`, () => {
  it.each([
    ['agentclinic/agentclinic_medqa.jsonl', 'agentclinic', 107, 'en'],
    ['agentclinic/agentclinic_nejm.jsonl', 'agentclinic', 15, 'en'],
    ['spbench/cases', 'spbench', 40, 'zh'],
    ['mvme/patients_discussion.json', 'medical-record', 6, 'zh']
  ] as const)('%s: detected as %s, %s valid cases in %s', (path, format, count, language) => {
    const source = `${shared}${path}`
    expect(detectFormat(source)).toBe(format)
    const { pack, problems } = validateAny(source)
    expect(problems).toEqual([])
    expect(pack?.cases).toHaveLength(count)
    expect(pack?.manifest.languages).toEqual([language])
    for (const item of pack!.cases) {
      expect(item.facts.filter((fact) => fact.category === 'chief-complaint')).toHaveLength(1)
      expect(item.facts.length).toBeGreaterThanOrEqual(2)
      expect(item.assessment.diagnosis.name[language]).toBeTruthy()
      // The diagnosis never reaches the patient's own lines.
      const name = item.assessment.diagnosis.name[language]!
      if (name.length >= 4) expect(item.facts.map((fact) => fact.say[language]).join(' ')).not.toContain(name)
      // Nor does the title the case picker shows.
      if (name.length >= 4) expect(item.title[language]).not.toContain(name)
    }
  })

  it('keeps what it cannot map as notes instead of dropping it', () => {
    const { pack } = validateAny(`${shared}mvme/patients_discussion.json`)
    const sources = new Set(pack!.cases.flatMap((item) => item.notes.map((note) => note.source)))
    for (const heading of ['诊断依据', '诊治经过', 'profile']) expect(sources).toContain(heading)
    const nejm = validateAny(`${shared}agentclinic/agentclinic_nejm.jsonl`).pack!
    expect(nejm.cases[0]!.assessment.differentials.length).toBe(4)
    expect(nejm.cases[0]!.tests.length + nejm.cases[0]!.exams.length).toBeGreaterThan(0)
  })
})

describe('splitTitle', () => {
  it('takes a bracketed synonym out of an SPBench title', () => {
    expect(splitTitle('甲状腺功能亢进症（Graves 病）')).toEqual({ name: '甲状腺功能亢进症', synonyms: ['Graves 病'] })
    expect(splitTitle('社区获得性肺炎')).toEqual({ name: '社区获得性肺炎', synonyms: [] })
  })
})
