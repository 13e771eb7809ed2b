import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './App'
import { describeError } from './api/errors'
import { connect } from './api/transport'
import { createI18n } from './i18n'
import { createAppStore } from './store/app-store'
import { StoreContext } from './store/hooks'
import './styles.css'

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!)
  const connection = connect()
  const store = createAppStore(connection)
  const settings = await store.getState().loadSettings()
  if (!settings) {
    // Without the core there is nothing honest to show but the reason.
    const reason = store.getState().settingsError ?? ''
    root.render(
      <div className="fatal" role="alert">
        <h1>ClinicLab</h1>
        <p>无法连接到 ClinicLab 核心 / Cannot reach the ClinicLab core.</p>
        <pre>{reason}</pre>
        <button type="button" onClick={() => window.location.reload()}>
          重试 / Try again
        </button>
      </div>
    )
    return
  }
  document.documentElement.lang = settings.language
  document.documentElement.dataset.theme = settings.theme
  const i18n = await createI18n(settings.language)
  root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>
      </StoreContext.Provider>
    </StrictMode>
  )
}

start().catch((error: unknown) => {
  document.body.textContent = `ClinicLab failed to start: ${describeError(error).message}`
})
