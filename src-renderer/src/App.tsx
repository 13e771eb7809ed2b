import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { NavBar } from './components/NavBar'
import { StatusBar } from './components/StatusBar'
import { useRoute, type Route } from './navigation'
import { useAppStore } from './store/hooks'
import { AssistantView } from './views/AssistantView'
import { CasesView } from './views/CasesView'
import { KnowledgeView } from './views/KnowledgeView'
import { ModelsView } from './views/ModelsView'
import { PatientPracticeView } from './views/PatientPracticeView'
import { PlaceholderView } from './views/PlaceholderView'
import { ReportView } from './views/ReportView'
import { ResultsView } from './views/ResultsView'
import { SettingsView } from './views/SettingsView'

export function App() {
  const route = useRoute()
  const { i18n } = useTranslation()
  const settings = useAppStore((state) => state.settings)
  const connection = useAppStore((state) => state.connection)
  const engine = useAppStore((state) => state.engine)
  const health = useAppStore((state) => state.health)
  const refreshSystem = useAppStore((state) => state.refreshSystem)

  useEffect(() => {
    void refreshSystem()
    const timer = setInterval(() => void refreshSystem(), 10_000)
    return () => clearInterval(timer)
  }, [refreshSystem])

  // Language and theme follow the settings the core holds.
  useEffect(() => {
    if (!settings) return
    void i18n.changeLanguage(settings.language)
    document.documentElement.lang = settings.language
    document.documentElement.dataset.theme = settings.theme
  }, [settings, i18n])

  return (
    <div className="frame">
      <NavBar current={route.view} />
      <main className="content">{viewFor(route)}</main>
      <StatusBar connection={connection} engine={engine} health={health} />
    </div>
  )
}

function viewFor(route: Route) {
  if (route.page?.kind === 'report') return <ReportView key={route.page.sessionId} sessionId={route.page.sessionId} />
  switch (route.view) {
    case 'patient':
      return <PatientPracticeView />
    case 'assistant':
      return <AssistantView conversationId={route.page?.kind === 'conversation' ? route.page.conversationId : null} />
    case 'knowledge':
      return <KnowledgeView />
    case 'cases':
      return <CasesView />
    case 'results':
      return <ResultsView />
    case 'models':
      return <ModelsView />
    case 'settings':
      return <SettingsView />
    default:
      return <PlaceholderView id={route.view} />
  }
}
