import type { StateCreator } from 'zustand'
import type { PackProblemWire } from '../../../src-main/contract/cases'
import { describeError } from '../api/errors'
import type { Connection } from '../api/transport'
import type { AppState } from './app-store'

export interface PackCheck {
  fileName: string
  status: 'checking' | 'invalid' | 'importing' | 'imported' | 'error'
  problems: PackProblemWire[]
  warnings: PackProblemWire[]
  message: string | null
}

export interface CasesSlice {
  packs: Awaited<ReturnType<Connection['client']['cases']['list']>>['packs'] | null
  packCheck: PackCheck | null
  loadPacks(): Promise<void>
  /** Validates first; imports only a pack with no problem. */
  importPackFile(file: File): Promise<void>
  exportPackFile(packId: string): Promise<File | null>
  deletePackById(packId: string): Promise<void>
}

export const createCasesSlice =
  (connection: Connection): StateCreator<AppState, [], [], CasesSlice> =>
  (set, get) => {
    const api = connection.client
    const refresh = async () => {
      const { packs, cases } = await api.cases.list()
      set({ packs, cases })
    }
    return {
      packs: null,
      packCheck: null,
      loadPacks: refresh,
      async importPackFile(file) {
        const base = { fileName: file.name, problems: [], warnings: [], message: null }
        set({ packCheck: { ...base, status: 'checking' } })
        try {
          const check = await api.cases.validateUpload({ file })
          if (!check.valid) {
            set({ packCheck: { ...base, status: 'invalid', problems: check.problems, warnings: check.warnings } })
            return
          }
          set({ packCheck: { ...base, status: 'importing', warnings: check.warnings } })
          const result = await api.cases.importUpload({ file })
          set({ packCheck: { ...base, status: 'imported', warnings: result.warnings, message: `${result.packId} ${result.version} · ${result.caseCount}` } })
          await refresh()
        } catch (error) {
          set({ packCheck: { ...base, status: 'error', message: describeError(error).message } })
        }
      },
      async exportPackFile(packId) {
        try {
          return await api.cases.exportPack({ packId })
        } catch (error) {
          set({ packCheck: { fileName: packId, status: 'error', problems: [], warnings: [], message: describeError(error).message } })
          return null
        }
      },
      async deletePackById(packId) {
        await api.cases.deletePack({ packId })
        if (get().practice?.session.packId === packId) get().leavePractice()
        await refresh()
      }
    }
  }
