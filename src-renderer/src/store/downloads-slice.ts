import type { StateCreator } from 'zustand'
import type { DownloadItem } from '../../../src-main/contract/downloads'
import type { Connection } from '../api/transport'
import { describeError } from '../api/errors'
import type { AppState } from './app-store'
import { guardedBy } from './guarded'

type Interrupted = Awaited<ReturnType<Connection['client']['engines']['downloads']['interrupted']>>[number]

export interface DownloadsSlice {
  downloads: DownloadItem[]
  /** Partial files an earlier run left; starting the same URI resumes them. */
  interruptedDownloads: Interrupted[]
  downloadsError: string | null
  /** Follows the downloads until the signal aborts; a finished one refreshes the models list. */
  watchDownloads(signal: AbortSignal): Promise<void>
  startDownload(uri: string, sha256?: string): Promise<boolean>
  cancelDownload(id: string, discard?: boolean): Promise<boolean>
}

export const createDownloadsSlice =
  (connection: Connection): StateCreator<AppState, [], [], DownloadsSlice> =>
  (set, get) => {
    const api = connection.client
    const attempt = guardedBy(set, 'downloadsError')
    const refreshInterrupted = async (): Promise<void> => set({ interruptedDownloads: await api.engines.downloads.interrupted() })
    return {
      downloads: [],
      interruptedDownloads: [],
      downloadsError: null,
      async watchDownloads(signal) {
        try {
          await refreshInterrupted()
          for await (const downloads of await api.engines.downloads.watch(undefined, { signal })) {
            const before = new Set(get().downloads.filter((item) => item.state === 'done').map((item) => item.id))
            set({ downloads })
            if (downloads.some((item) => item.state === 'done' && !before.has(item.id))) void get().loadEngines()
          }
        } catch (error) {
          if (!signal.aborted) set({ downloadsError: describeError(error).message })
        }
      },
      startDownload: (uri, sha256) =>
        attempt(async () => {
          await api.engines.downloads.start({ uri, ...(sha256 ? { sha256 } : {}) })
          await refreshInterrupted()
        }),
      cancelDownload: (id, discard = false) =>
        attempt(async () => {
          await api.engines.downloads.cancel({ id, discard })
          await refreshInterrupted()
        })
    }
  }
