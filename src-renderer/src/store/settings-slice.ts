import type { StateCreator } from 'zustand'
import type { Settings } from '../../../src-main/contract/settings'
import type { Connection } from '../api/transport'
import { describeError } from '../api/errors'
import type { AppState } from './app-store'

export interface SettingsSlice {
  settings: Settings | null
  settingsError: string | null
  loadSettings(): Promise<Settings | null>
  updateSettings(changes: Partial<Settings>): Promise<void>
}

export const createSettingsSlice =
  (connection: Connection): StateCreator<AppState, [], [], SettingsSlice> =>
  (set) => ({
    settings: null,
    settingsError: null,
    async loadSettings() {
      try {
        const settings = await connection.client.settings.get()
        set({ settings, settingsError: null })
        return settings
      } catch (error) {
        set({ settingsError: describeError(error).message })
        return null
      }
    },
    async updateSettings(changes) {
      try {
        // The core's answer is the truth; the view mirrors it.
        const settings = await connection.client.settings.update(changes)
        set({ settings, settingsError: null })
      } catch (error) {
        set({ settingsError: describeError(error).message })
      }
    }
  })
