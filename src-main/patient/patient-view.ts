import type { Case, Fact } from '../cases/case-schema'

/**
 * All the patient engine may read: who the patient is, how they speak, and
 * their facts. Exams, tests, the title and the assessment (diagnosis,
 * differentials, red flags) are left out by construction.
 */
export interface PatientView {
  patient: Case['patient']
  persona: Case['persona']
  facts: readonly Fact[]
}

export function toPatientView(source: Case): PatientView {
  return { patient: source.patient, persona: source.persona, facts: source.facts }
}
