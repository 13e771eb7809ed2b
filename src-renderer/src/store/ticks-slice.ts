import type { StateCreator } from 'zustand'
import type { Tick } from '../../../src-main/contract/system'
import type { Connection } from '../api/transport'
import { describeError } from '../api/errors'
import type { AppState } from './app-store'

export interface TickStream {
  status: 'idle' | 'running' | 'cancelled' | 'ended' | 'error'
  count: number
  last: Tick | null
  error: string | null
}

export interface TicksSlice {
  tickStream: TickStream
  startTicks(options?: { intervalMs?: number; count?: number }): Promise<void>
  cancelTicks(): void
}

export const createTicksSlice =
  (connection: Connection): StateCreator<AppState, [], [], TicksSlice> =>
  (set, get) => {
    let controller: AbortController | null = null
    return {
      tickStream: { status: 'idle', count: 0, last: null, error: null },
      async startTicks(options = {}) {
        if (get().tickStream.status === 'running') return
        const own = new AbortController()
        controller = own
        set({ tickStream: { status: 'running', count: 0, last: null, error: null } })
        try {
          const ticks = await connection.client.system.ticks({ intervalMs: options.intervalMs ?? 250, count: options.count }, { signal: own.signal })
          for await (const tick of ticks) {
            set((state) => ({ tickStream: { ...state.tickStream, count: tick.n, last: tick } }))
          }
          set((state) => ({ tickStream: { ...state.tickStream, status: 'ended' } }))
        } catch (error) {
          if (own.signal.aborted) set((state) => ({ tickStream: { ...state.tickStream, status: 'cancelled' } }))
          else set((state) => ({ tickStream: { ...state.tickStream, status: 'error', error: describeError(error).message } }))
        } finally {
          if (controller === own) controller = null
        }
      },
      cancelTicks() {
        // Aborting the call cancels the stream on the server too (over HTTP the SSE request closes).
        controller?.abort()
      }
    }
  }
