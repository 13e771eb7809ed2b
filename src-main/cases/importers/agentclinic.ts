import type { CaseInput } from '../case-schema'
import { CaseBuilder, parseDemographics, slug } from './case-builder'
import type { RecordSection } from './categorize'

type Json = Record<string, unknown>

const genericKeys = /^(?:findings?|results?|impression|description|value|interpretation)$/i

function humanize(key: string): string {
  return key.replace(/_/g, ' ').replace(/\s+/g, ' ').trim()
}

function flatten(value: unknown): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(flatten).join('; ')
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([key, child]) => (genericKeys.test(key) ? flatten(child) : `${humanize(key)}: ${flatten(child)}`))
      .join('; ')
  return String(value ?? '')
}

/** Each section of findings becomes one catalogue item; a group of named results, one per result. */
function addFindings(builder: CaseBuilder, kind: 'exam' | 'test', findings: unknown): void {
  if (typeof findings === 'string') return builder.addCatalogueItem(kind, kind === 'exam' ? 'Physical examination' : 'Test results', findings)
  if (!findings || typeof findings !== 'object') return
  for (const [group, value] of Object.entries(findings as Json)) {
    const groupName = humanize(group)
    const children = value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value as Json) : []
    const splitIntoItems = kind === 'test' && children.length > 0 && !children.every(([key]) => genericKeys.test(key))
    if (splitIntoItems) {
      for (const [name, result] of children) builder.addCatalogueItem(kind, humanize(name), flatten(result), [groupName])
    } else {
      builder.addCatalogueItem(kind, groupName, flatten(value), groupName.split(' ').filter((word) => word.length > 3))
    }
  }
}

/** One line of agentclinic_medqa.jsonl (OSCE format). */
export function importAgentClinicOsce(record: Json, index: number, file: string): CaseInput {
  const osce = (record.OSCE_Examination ?? {}) as Json
  const actor = (osce.Patient_Actor ?? {}) as Json
  const builder = new CaseBuilder('en')
  const symptoms = (actor.Symptoms ?? {}) as Json
  const primary = typeof symptoms.Primary_Symptom === 'string' ? symptoms.Primary_Symptom : undefined
  builder.addSection('chief-complaint', primary ?? String(actor.History ?? '').split('.')[0])
  builder.addSection('present-illness', typeof actor.History === 'string' ? actor.History : undefined)
  const secondary = Array.isArray(symptoms.Secondary_Symptoms) ? (symptoms.Secondary_Symptoms as unknown[]) : []
  for (const symptom of secondary) builder.addFact('hpi-associated', String(symptom))
  for (const [key, value] of Object.entries(symptoms)) if (key !== 'Primary_Symptom' && key !== 'Secondary_Symptoms') builder.note(`Patient_Actor.Symptoms.${key}`, value)

  const sections: [string, RecordSection][] = [
    ['Past_Medical_History', 'past-history'],
    ['Medications', 'medication'],
    ['Current_Medications', 'medication'],
    ['Drug_History', 'medication'],
    ['Social_History', 'personal'],
    ['Family_History', 'family'],
    ['Review_of_Systems', 'review-of-systems'],
    ['Allergies', 'allergy']
  ]
  for (const [key, section] of sections) builder.addSection(section, typeof actor[key] === 'string' ? actor[key] : actor[key] ? JSON.stringify(actor[key]) : undefined)
  const known = new Set(['Demographics', 'History', 'Symptoms', ...sections.map(([key]) => key)])
  for (const [key, value] of Object.entries(actor)) if (!known.has(key)) builder.note(`Patient_Actor.${key}`, value)

  addFindings(builder, 'exam', osce.Physical_Examination_Findings)
  addFindings(builder, 'test', osce.Test_Results)
  builder.note('Objective_for_Doctor', osce.Objective_for_Doctor)
  for (const [key, value] of Object.entries(osce)) {
    if (!['Patient_Actor', 'Physical_Examination_Findings', 'Test_Results', 'Correct_Diagnosis', 'Objective_for_Doctor'].includes(key)) builder.note(key, value)
  }

  const diagnosis = String(osce.Correct_Diagnosis ?? 'Unknown')
  const demographics = String(actor.Demographics ?? '')
  return builder.build(
    {
      id: `agentclinic-medqa-${String(index + 1).padStart(3, '0')}-${slug(diagnosis).slice(0, 30)}`,
      title: builder.localized(`${primary ?? 'Case'} (${demographics || 'adult'})`),
      specialty: 'general',
      patient: parseDemographics(demographics),
      persona: {},
      source: { format: 'agentclinic-osce', file, index }
    },
    { diagnosis: builder.diagnosis(diagnosis) }
  )
}

/** One line of agentclinic_nejm.jsonl (image-challenge format). */
export function importAgentClinicNejm(record: Json, index: number, file: string): CaseInput {
  const builder = new CaseBuilder('en')
  const info = String(record.patient_info ?? '')
  const [first, ...rest] = info.replace(/^for your role as a patient,?\s*/i, '').split(/(?<=[.!?])\s+/)
  builder.addSection('chief-complaint', first)
  builder.addSection('present-illness', rest.join(' '))

  const exams = String(record.physical_exams ?? '')
  const items = [...exams.matchAll(/\d+\.\s*([^:]{2,80}):\s*([^]*?)(?=\s\d+\.\s*[^:]{2,80}:|$)/g)]
  if (items.length === 0) builder.addCatalogueItem('test', 'Findings', exams)
  for (const [, name, result] of items) {
    const kind = /exam|inspection|palpation|auscultation|appearance|vital/i.test(name!) ? 'exam' : 'test'
    builder.addCatalogueItem(kind, name!.trim(), result!.trim())
  }
  builder.note('question (contains findings and the diagnostic question)', record.question)
  builder.note('image_url (not fetched)', record.image_url)

  const answers = Array.isArray(record.answers) ? (record.answers as { text: string; correct: boolean }[]) : []
  const correct = answers.find((answer) => answer.correct)?.text ?? 'Unknown'
  const demographics = parseDemographics(first ?? '')
  return builder.build(
    {
      id: `agentclinic-nejm-${String(index + 1).padStart(3, '0')}-${slug(correct).slice(0, 30)}`,
      title: builder.localized(`Image challenge ${index + 1}`),
      specialty: 'general',
      difficulty: 'hard',
      patient: demographics,
      persona: {},
      source: { format: 'agentclinic-nejm', file, index }
    },
    {
      diagnosis: builder.diagnosis(correct),
      differentials: answers.filter((answer) => !answer.correct).map((answer) => builder.diagnosis(answer.text))
    }
  )
}
