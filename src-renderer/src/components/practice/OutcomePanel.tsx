import { useTranslation } from 'react-i18next'
import type { SessionView } from '../../../../src-main/contract/patient'
import { reportHref } from '../../navigation'
import { localized } from './localized'

export function OutcomePanel({ outcome, language, sessionId }: { outcome: NonNullable<SessionView['outcome']>; language: string; sessionId: string }) {
  const { t } = useTranslation()
  return (
    <section className="panel outcome" aria-label={t('practice.outcome')} data-testid="outcome">
      <h2>{t('practice.outcome')}</h2>
      <p className={outcome.diagnosisCorrect ? 'good' : 'error'}>{outcome.diagnosisCorrect ? t('practice.correct') : t('practice.incorrect')}</p>
      <p>
        <a className="button" href={reportHref(sessionId)} data-testid="open-report">
          {t('practice.openReport')}
        </a>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('practice.answer')}</dt>
          <dd>{localized(outcome.diagnosis.name, language)}</dd>
        </div>
        <div>
          <dt>{t('practice.differentials')}</dt>
          <dd>{outcome.differentials.map((item) => localized(item.name, language)).join('；')}</dd>
        </div>
        <div>
          <dt>{t('practice.redFlags')}</dt>
          <dd>{outcome.redFlags.map((flag) => localized(flag.text, language)).join('；')}</dd>
        </div>
      </dl>
      {outcome.teachingNotes && (
        <>
          <h3>{t('practice.teaching')}</h3>
          <p className="teaching">{localized(outcome.teachingNotes, language)}</p>
        </>
      )}
    </section>
  )
}
