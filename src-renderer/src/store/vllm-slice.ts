import type { StateCreator } from 'zustand'
import type { VllmMetricsView, VllmSettingsView, VllmStatusView } from '../../../src-main/contract/vllm'
import type { Connection } from '../api/transport'
import { describeError } from '../api/errors'
import type { AppState } from './app-store'
import { guardedBy } from './guarded'

/** How much of vLLM's output the view keeps; the whole log is in the file the status names. */
const maxLines = 400
/** Metrics samples kept for the chart: 2 s apart, so ten minutes. */
const maxSamples = 300

export interface VllmSlice {
  vllm: VllmStatusView | null
  vllmLog: string[]
  vllmMetrics: VllmMetricsView[]
  vllmError: string | null
  vllmBusy: boolean
  /** Follows vLLM's status and log until the signal aborts; samples its metrics while it is ready. */
  watchVllm(signal: AbortSignal): Promise<void>
  saveVllmSettings(settings: VllmSettingsView): Promise<boolean>
  startVllm(): Promise<boolean>
  stopVllm(): Promise<boolean>
}

export const createVllmSlice =
  (connection: Connection): StateCreator<AppState, [], [], VllmSlice> =>
  (set, get) => {
    const api = connection.client
    const guarded = guardedBy(set, 'vllmError', 'vllmBusy')
    return {
      vllm: null,
      vllmLog: [],
      vllmMetrics: [],
      vllmError: null,
      vllmBusy: false,
      async watchVllm(signal) {
        // Only a ready server has metrics; the core is not asked otherwise.
        const sampler = setInterval(() => {
          if (get().vllm?.state !== 'ready') return
          void api.engines.vllm.metrics().then(
            (sample) => {
              if (sample) set((state) => ({ vllmMetrics: [...state.vllmMetrics, sample].slice(-maxSamples) }))
            },
            () => undefined
          )
        }, 2_000)
        try {
          let first = true
          for await (const event of await api.engines.vllm.watch(undefined, { signal })) {
            // The first event carries the whole tail; later ones only what is new.
            set((state) => ({ vllm: event.status, vllmLog: (first ? event.lines : [...state.vllmLog, ...event.lines]).slice(-maxLines) }))
            first = false
          }
        } catch (error) {
          if (!signal.aborted) set({ vllmError: describeError(error).message })
        } finally {
          clearInterval(sampler)
        }
      },
      saveVllmSettings: (settings) =>
        guarded(async () => {
          await api.engines.vllm.saveSettings(settings)
          set({ vllm: await api.engines.vllm.status() })
        }),
      startVllm: () =>
        guarded(async () => {
          set({ vllmMetrics: [], vllm: await api.engines.vllm.start() })
        }),
      stopVllm: () =>
        guarded(async () => {
          set({ vllm: await api.engines.vllm.stop() })
        })
    }
  }
