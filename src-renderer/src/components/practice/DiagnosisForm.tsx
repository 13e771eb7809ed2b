import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'

export function DiagnosisForm({ onSubmit }: { onSubmit(diagnosis: string, differential: string[]): void }) {
  const { t } = useTranslation()
  const [diagnosis, setDiagnosis] = useState('')
  const [differential, setDifferential] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!diagnosis.trim()) return
    onSubmit(
      diagnosis.trim(),
      differential
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
    )
  }
  return (
    <section className="panel" aria-label={t('practice.diagnosis')}>
      <h2>{t('practice.diagnosis')}</h2>
      <form onSubmit={submit} className="stack">
        <label className="stack">
          {t('practice.finalDiagnosis')}
          <input value={diagnosis} onChange={(event) => setDiagnosis(event.target.value)} data-testid="diagnosis-input" />
        </label>
        <label className="stack">
          {t('practice.differential')}
          <textarea rows={3} value={differential} onChange={(event) => setDifferential(event.target.value)} data-testid="differential-input" />
        </label>
        <button type="submit" disabled={!diagnosis.trim()} data-testid="diagnosis-submit">
          {t('practice.submit')}
        </button>
      </form>
    </section>
  )
}
