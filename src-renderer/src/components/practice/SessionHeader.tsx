import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SessionView } from '../../../../src-main/contract/patient'
import { localized } from './localized'

function useElapsed(startedAt: string, endedAt: string | null): string {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (endedAt) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [endedAt])
  const seconds = Math.max(0, Math.floor(((endedAt ? Date.parse(endedAt) : now) - Date.parse(startedAt)) / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

export function SessionHeader({ view, language, onLeave }: { view: SessionView; language: string; onLeave(): void }) {
  const { t } = useTranslation()
  const { presentation, session } = view
  const elapsed = useElapsed(session.startedAt, session.endedAt)
  const patient = presentation.patient
  const who = [localized(patient.name, language), patient.age !== undefined ? t('practice.years', { age: patient.age }) : '', t(`practice.sex.${patient.sex}`), localized(patient.occupation, language)]
    .filter(Boolean)
    .join(' · ')
  return (
    <header className="session-header panel">
      <div>
        <h1>{localized(presentation.title, language)}</h1>
        <p className="muted">
          {who}
          {presentation.setting ? ` · ${localized(presentation.setting, language)}` : ''}
        </p>
      </div>
      <div className="session-meters">
        <span data-testid="timer">
          {t('practice.elapsed')} {elapsed}
        </span>
        <span data-testid="cost">
          {t('practice.cost')} ¥{view.costCny}
        </span>
        <span>{t('practice.revealed', { count: view.revealedFactIds.length })}</span>
        <button type="button" className="secondary" onClick={onLeave}>
          {t('practice.leave')}
        </button>
      </div>
    </header>
  )
}
