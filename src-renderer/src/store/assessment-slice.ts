import type { StateCreator } from 'zustand'
import type { History, Leaderboard, Report } from '../../../src-main/contract/assessment'
import type { Profile } from '../../../src-main/contract/profiles'
import { describeError } from '../api/errors'
import type { Connection } from '../api/transport'
import type { AppState } from './app-store'

const profileKey = 'cliniclab.profileId'

export interface AssessmentSlice {
  profiles: Profile[] | null
  /** The student practising now; remembered on this machine. */
  profileId: string | null
  report: Report | null
  reportError: string | null
  critiqueState: 'idle' | 'running'
  history: History | null
  leaderboard: Leaderboard | null
  resultsError: string | null
  loadProfiles(): Promise<void>
  chooseProfile(profileId: string | null): void
  createProfile(displayName: string): Promise<void>
  loadReport(sessionId: string): Promise<void>
  requestCritique(): Promise<void>
  loadHistory(profileId: string): Promise<void>
  loadLeaderboard(filter: { packId?: string; caseId?: string }): Promise<void>
  exportResultsCsv(): Promise<File | null>
}

export const createAssessmentSlice =
  (connection: Connection): StateCreator<AppState, [], [], AssessmentSlice> =>
  (set, get) => {
    const api = connection.client
    return {
      profiles: null,
      profileId: localStorage.getItem(profileKey),
      report: null,
      reportError: null,
      critiqueState: 'idle',
      history: null,
      leaderboard: null,
      resultsError: null,
      loadProfiles: async () => {
        const profiles = await api.profiles.list()
        const remembered = get().profileId
        set({ profiles, profileId: remembered && profiles.some((profile) => profile.id === remembered) ? remembered : null })
      },
      chooseProfile: (profileId) => {
        if (profileId) localStorage.setItem(profileKey, profileId)
        else localStorage.removeItem(profileKey)
        set({ profileId })
      },
      createProfile: async (displayName) => {
        const profile = await api.profiles.create({ displayName, role: 'student' })
        get().chooseProfile(profile.id)
        await get().loadProfiles()
      },
      loadReport: async (sessionId) => {
        set({ reportError: null, report: get().report?.view.session.id === sessionId ? get().report : null })
        try {
          set({ report: await api.assessment.report({ sessionId }) })
        } catch (error) {
          set({ reportError: describeError(error).message })
        }
      },
      requestCritique: async () => {
        const report = get().report
        if (!report) return
        set({ critiqueState: 'running', reportError: null })
        try {
          const critique = await api.assessment.critique({ sessionId: report.view.session.id })
          set({ report: { ...report, critique } })
        } catch (error) {
          set({ reportError: describeError(error).message })
        } finally {
          set({ critiqueState: 'idle' })
        }
      },
      loadHistory: async (profileId) => {
        try {
          set({ history: await api.assessment.history({ profileId }), resultsError: null })
        } catch (error) {
          set({ resultsError: describeError(error).message })
        }
      },
      loadLeaderboard: async (filter) => {
        try {
          set({ leaderboard: await api.assessment.leaderboard(filter), resultsError: null })
        } catch (error) {
          set({ resultsError: describeError(error).message })
        }
      },
      exportResultsCsv: async () => {
        try {
          return await api.assessment.exportCsv()
        } catch (error) {
          set({ resultsError: describeError(error).message })
          return null
        }
      }
    }
  }
