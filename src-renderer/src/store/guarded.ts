import { describeError } from '../api/errors'
import type { AppState } from './app-store'

type FieldsOf<T> = { [K in keyof AppState]-?: AppState[K] extends T ? (T extends AppState[K] ? K : never) : never }[keyof AppState]

/**
 * Wraps a slice's actions: clears its error field, holds its busy flag while
 * the work runs, and turns a failure into the error's message instead of an
 * unhandled rejection. The action resolves true when it worked.
 */
export function guardedBy(set: (partial: Partial<AppState>) => void, error: FieldsOf<string | null>, busy?: FieldsOf<boolean>) {
  return async (work: () => Promise<void>): Promise<boolean> => {
    set({ [error]: null, ...(busy ? { [busy]: true } : {}) })
    try {
      await work()
      return true
    } catch (caught) {
      set({ [error]: describeError(caught).message })
      return false
    } finally {
      if (busy) set({ [busy]: false })
    }
  }
}
