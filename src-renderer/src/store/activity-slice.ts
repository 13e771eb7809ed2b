import type { StateCreator } from 'zustand'
import type { AuditEntry } from '../../../src-main/contract/audit'
import type { Connection } from '../api/transport'
import type { AppState } from './app-store'

export interface ActivitySlice {
  activity: AuditEntry[]
  loadActivity(): Promise<void>
}

export const createActivitySlice =
  (connection: Connection): StateCreator<AppState, [], [], ActivitySlice> =>
  (set) => ({
    activity: [],
    async loadActivity() {
      set({ activity: await connection.client.audit.recent({ limit: 10 }) })
    }
  })
