import { defaultSettings, settingsSchema, type Settings } from '../contract/settings'
import type { Store } from '../store/store'

export class SettingsService {
  constructor(private readonly store: Store) {}

  /** Stored values over defaults; a stored value that no longer fits the schema falls back to its default. */
  get(): Settings {
    const stored = this.store.settings.all()
    const merged: Record<string, unknown> = { ...defaultSettings }
    for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
      const field = settingsSchema.shape[key].safeParse(stored[key])
      if (field.success) merged[key] = field.data
    }
    return settingsSchema.parse(merged)
  }

  update(changes: Partial<Settings>): Settings {
    return this.store.transaction('settings.update', () => {
      this.store.settings.set(changes)
      return this.get()
    })
  }
}
