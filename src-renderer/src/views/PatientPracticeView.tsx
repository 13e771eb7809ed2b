import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../components/EmptyState'
import { CasePicker } from '../components/practice/CasePicker'
import { ChatPanel } from '../components/practice/ChatPanel'
import { DiagnosisForm } from '../components/practice/DiagnosisForm'
import { OrdersPanel } from '../components/practice/OrdersPanel'
import { OutcomePanel } from '../components/practice/OutcomePanel'
import { ProfilePicker } from '../components/practice/ProfilePicker'
import { SessionHeader } from '../components/practice/SessionHeader'
import { useAppStore } from '../store/hooks'

export function PatientPracticeView() {
  const { t } = useTranslation()
  const cases = useAppStore((state) => state.cases)
  const packs = useAppStore((state) => state.packs)
  const practice = useAppStore((state) => state.practice)
  const pendingReply = useAppStore((state) => state.pendingReply)
  const error = useAppStore((state) => state.practiceError)
  const loadCases = useAppStore((state) => state.loadCases)
  const resumePractice = useAppStore((state) => state.resumePractice)
  const startPractice = useAppStore((state) => state.startPractice)
  const askPatient = useAppStore((state) => state.askPatient)
  const orderItem = useAppStore((state) => state.orderItem)
  const submitDiagnosis = useAppStore((state) => state.submitDiagnosis)
  const leavePractice = useAppStore((state) => state.leavePractice)
  const profiles = useAppStore((state) => state.profiles)
  const profileId = useAppStore((state) => state.profileId)
  const loadProfiles = useAppStore((state) => state.loadProfiles)
  const chooseProfile = useAppStore((state) => state.chooseProfile)
  const createProfile = useAppStore((state) => state.createProfile)

  useEffect(() => {
    void loadCases()
    void resumePractice()
    void loadProfiles()
  }, [loadCases, resumePractice, loadProfiles])

  const errorLine = error && (
    <p className="error" role="alert">
      {error}
    </p>
  )

  if (!practice) {
    return (
      <article className="view" data-testid="view-patient">
        <header>
          <h1>{t('views.patient.title')}</h1>
          <p className="lead">{t('views.patient.lead')}</p>
        </header>
        {errorLine}
        {profiles && <ProfilePicker profiles={profiles} profileId={profileId} onChoose={chooseProfile} onCreate={(name) => void createProfile(name)} />}
        {cases && cases.length > 0 ? (
          <CasePicker cases={cases} packLanguages={Object.fromEntries((packs ?? []).map((pack) => [pack.id, pack.languages]))} onStart={(packId, caseId, language) => void startPractice(packId, caseId, language)} />
        ) : (
          cases && <EmptyState title={t('views.patient.emptyTitle')} steps={t('views.patient.steps', { returnObjects: true }) as string[]} />
        )}
      </article>
    )
  }

  const language = practice.session.language
  const active = practice.session.status === 'active'
  return (
    <article className="view practice" data-testid="view-patient" lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <SessionHeader view={practice} language={language} onLeave={leavePractice} />
      {errorLine}
      <div className="practice-grid">
        <ChatPanel messages={practice.messages} pendingReply={pendingReply} disabled={!active} onAsk={(text) => void askPatient(text)} />
        <div className="stack">
          <OrdersPanel orders={practice.orders} language={language} disabled={!active} onOrder={(text) => void orderItem(text)} />
          {active ? <DiagnosisForm onSubmit={(diagnosis, differential) => void submitDiagnosis(diagnosis, differential)} /> : practice.outcome && <OutcomePanel outcome={practice.outcome} language={language} sessionId={practice.session.id} />}
        </div>
      </div>
    </article>
  )
}
