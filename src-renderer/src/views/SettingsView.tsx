import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../src-main/contract/settings'
import { ActivityList } from '../components/ActivityList'
import { DiagnosticsPanel } from '../components/DiagnosticsPanel'
import { TickStreamPanel } from '../components/TickStreamPanel'
import { useAppStore } from '../store/hooks'

const languageNames: Record<Settings['language'], string> = { 'zh-CN': '中文（简体）', en: 'English' }
const themeIds: Settings['theme'][] = ['system', 'light', 'dark']

export function SettingsView() {
  const { t } = useTranslation()
  const settings = useAppStore((state) => state.settings)
  const settingsError = useAppStore((state) => state.settingsError)
  const updateSettings = useAppStore((state) => state.updateSettings)
  const health = useAppStore((state) => state.health)
  const transport = useAppStore((state) => state.transport)
  const refreshSystem = useAppStore((state) => state.refreshSystem)
  const tickStream = useAppStore((state) => state.tickStream)
  const startTicks = useAppStore((state) => state.startTicks)
  const cancelTicks = useAppStore((state) => state.cancelTicks)
  const activity = useAppStore((state) => state.activity)
  const loadActivity = useAppStore((state) => state.loadActivity)

  useEffect(() => {
    void refreshSystem()
    void loadActivity()
  }, [refreshSystem, loadActivity, settings])

  if (!settings) return null
  return (
    <article className="view" data-testid="view-settings">
      <header>
        <h1>{t('views.settings.title')}</h1>
        <p className="lead">{t('views.settings.lead')}</p>
      </header>
      <section className="panel">
        <label className="field">
          <span>{t('settings.language')}</span>
          <select
            value={settings.language}
            onChange={(event) => void updateSettings({ language: event.target.value as Settings['language'] })}
            data-testid="language-select"
          >
            {Object.entries(languageNames).map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field">
          <legend>{t('settings.theme')}</legend>
          {themeIds.map((id) => (
            <label key={id} className="choice">
              <input type="radio" name="theme" value={id} checked={settings.theme === id} onChange={() => void updateSettings({ theme: id })} />
              {t(`settings.themes.${id}`)}
            </label>
          ))}
        </fieldset>
        {settingsError && <p className="error" role="alert">{settingsError}</p>}
      </section>
      <DiagnosticsPanel health={health} transport={transport} />
      <TickStreamPanel stream={tickStream} onStart={() => void startTicks()} onCancel={cancelTicks} />
      <ActivityList entries={activity} />
    </article>
  )
}
