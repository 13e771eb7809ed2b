import type { StateCreator } from 'zustand'
import type { EngineStatus } from '../../../src-main/contract/engines'
import type { Health } from '../../../src-main/contract/system'
import type { Connection } from '../api/transport'
import { describeError } from '../api/errors'
import type { AppState } from './app-store'

export interface SystemSlice {
  transport: Connection['transport']
  connection: 'connecting' | 'online' | 'offline'
  connectionError: string | null
  health: Health | null
  engine: EngineStatus | null
  refreshSystem(): Promise<void>
}

export const createSystemSlice =
  (connection: Connection): StateCreator<AppState, [], [], SystemSlice> =>
  (set) => ({
    transport: connection.transport,
    connection: 'connecting',
    connectionError: null,
    health: null,
    engine: null,
    async refreshSystem() {
      try {
        const [health, engine] = await Promise.all([connection.client.system.health(), connection.client.engines.status()])
        set({ health, engine, connection: 'online', connectionError: null })
      } catch (error) {
        set({ connection: 'offline', connectionError: describeError(error).message })
      }
    }
  })
