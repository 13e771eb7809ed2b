import type { CaseInput } from '../case-schema'
import { CaseBuilder, parseDemographics } from './case-builder'
import type { RecordSection } from './categorize'

type Json = Record<string, unknown>

const sections: [string, RecordSection, string][] = [
  ['chief_complaint', 'chief-complaint', '主诉'],
  ['present_illness_history', 'present-illness', '现病史'],
  ['past_medical_history', 'past-history', '既往史'],
  ['other_medical_history', 'past-history', '其他病史'],
  ['infection_history', 'past-history', '传染病史'],
  ['transfusion_history', 'past-history', '输血史'],
  ['surgery_injury_history', 'surgery', '手术外伤史'],
  ['allergy_history', 'allergy', '过敏史'],
  ['system_review', 'review-of-systems', '系统回顾'],
  ['personal_history', 'personal', '个人史'],
  ['social_background', 'personal', '社会背景'],
  ['menstrual_history', 'menstrual-reproductive', '月经史'],
  ['reproductive_history', 'menstrual-reproductive', '婚育史'],
  ['family_history', 'family', '家族史'],
  ['idea', 'ice-ideas', '想法'],
  ['concern', 'ice-concerns', '担忧'],
  ['expectation', 'ice-expectations', '期望']
]

const emptyValue = /^(?:无|none|n\/a|不详|-)?$/i

/** "甲状腺功能亢进症（Graves 病）" → name and the bracketed synonym. */
export function splitTitle(title: string): { name: string; synonyms: string[] } {
  const match = /^(.+?)[（(]([^）)]+)[）)]\s*$/u.exec(title.trim())
  return match ? { name: match[1]!.trim(), synonyms: [match[2]!.trim()] } : { name: title.trim(), synonyms: [] }
}

/** One SPBench case profile (`{caseId, caseTitle, caseDescription, patientProfile}`). */
export function importSpbench(record: Json, file: string): CaseInput {
  const profile = (record.patientProfile ?? {}) as Json
  const builder = new CaseBuilder('zh')
  for (const [key, section, label] of sections) {
    const value = typeof profile[key] === 'string' ? (profile[key] as string).trim() : ''
    if (emptyValue.test(value)) {
      // "无" is an answer too: the patient denies it.
      if (value) builder.addFact(section === 'surgery' ? 'surgery' : section === 'allergy' ? 'allergy' : 'past-history', `无${label}`, '没有。')
      continue
    }
    builder.addSection(section, value)
  }
  if (typeof profile.marital_status === 'string') builder.addFact('menstrual-reproductive', profile.marital_status, `我${profile.marital_status}。`)
  const used = new Set([...sections.map(([key]) => key), 'marital_status', 'age_value', 'age_unit', 'gender', 'occupation', 'hospital_department_name'])
  for (const [key, value] of Object.entries(profile)) if (!used.has(key)) builder.note(`patientProfile.${key}`, value)
  builder.note('caseDescription', record.caseDescription)

  const title = String(record.caseTitle ?? '未命名病例')
  const { name, synonyms } = splitTitle(title)
  const age = Number(profile.age_value)
  const caseId = String(record.caseId ?? file).replace(/[^a-z0-9]+/gi, '-').toLowerCase()
  return builder.build(
    {
      id: `spbench-${caseId}`,
      // The presenting complaint, never the case title (which is the diagnosis).
      title: builder.localized(String(profile.chief_complaint ?? '').replace(/[。.]$/u, '') || '未命名病例'),
      specialty: String(profile.hospital_department_name ?? '综合'),
      ...(typeof profile.hospital_department_name === 'string' ? { setting: builder.localized(profile.hospital_department_name) } : {}),
      patient: {
        ...parseDemographics(String(profile.gender ?? '')),
        ...(Number.isFinite(age) ? { age } : {}),
        ...(typeof profile.occupation === 'string' ? { occupation: builder.localized(profile.occupation) } : {})
      },
      persona: {},
      source: { format: 'spbench', file }
    },
    { diagnosis: builder.diagnosis(name, synonyms) }
  )
}
