import { oc } from '@orpc/contract'

/** Procedure metadata: `audit` marks a state-changing call that writes the audit log. */
export interface ProcedureMeta {
  audit?: boolean
}

export const base = oc.$meta<ProcedureMeta>({})
