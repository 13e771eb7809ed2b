import type { ContractRouterClient } from '@orpc/contract'
import { auditContract } from './audit'
import { enginesContract } from './engines'
import { profilesContract } from './profiles'
import { settingsContract } from './settings'
import { systemContract } from './system'

/** The one API, served in-process, over MessagePort (Electron) and over HTTP (host). */
export const contract = {
  system: systemContract,
  settings: settingsContract,
  profiles: profilesContract,
  engines: enginesContract,
  audit: auditContract
}

export type Contract = typeof contract
export type ApiClient = ContractRouterClient<Contract>
