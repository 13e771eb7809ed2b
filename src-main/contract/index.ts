import type { ContractRouterClient } from '@orpc/contract'
import { assessmentContract } from './assessment'
import { assistantContract } from './assistant'
import { auditContract } from './audit'
import { casesContract } from './cases'
import { enginesContract } from './engines'
import { knowledgeContract } from './knowledge'
import { patientContract } from './patient'
import { profilesContract } from './profiles'
import { settingsContract } from './settings'
import { systemContract } from './system'

/** The one API, served in-process, over MessagePort (Electron) and over HTTP (host). */
export const contract = {
  system: systemContract,
  settings: settingsContract,
  profiles: profilesContract,
  engines: enginesContract,
  audit: auditContract,
  cases: casesContract,
  patient: patientContract,
  assessment: assessmentContract,
  knowledge: knowledgeContract,
  assistant: assistantContract
}

export type Contract = typeof contract
export type ApiClient = ContractRouterClient<Contract>
