import { useTranslation } from 'react-i18next'
import type { Report } from '../../../../src-main/contract/assessment'
import { localized } from '../practice/localized'

interface Props {
  report: Report
  running: boolean
  onRequest(): void
}

/** The optional LLM critique: pass/fail per process item with a quoted turn, strengths, and three things to do differently. */
export function CritiquePanel({ report, running, onRequest }: Props) {
  const { t } = useTranslation()
  const { critique } = report
  const language = report.view.session.language
  const labels = new Map(report.score.checklist.items.map((item) => [item.id, localized(item.label, language)]))
  return (
    <section className="panel" aria-labelledby="critique-title" data-testid="critique">
      <div className="row">
        <h2 id="critique-title" className="grow">
          {t('report.critique')}
        </h2>
        <button type="button" className="secondary no-print" onClick={onRequest} disabled={!report.judgeAvailable || running} data-testid="request-critique">
          {running ? t('report.critiqueRunning') : critique ? t('report.critiqueAgain') : t('report.requestCritique')}
        </button>
      </div>
      {!report.judgeAvailable && !critique && <p className="help">{t('report.noJudge')}</p>}
      {critique && (
        <>
          <p className="muted">{t('report.critiqueBy', { model: critique.model, adapter: critique.adapter ?? '—', prompt: critique.promptVersion })}</p>
          <ul className="checklist">
            {critique.verdict.processItems.map((item) => (
              <li key={item.id} data-status={item.pass ? 'earned' : 'missed'}>
                <strong className={item.pass ? 'good' : 'error'}>{item.pass ? t('report.pass') : t('report.fail')}</strong>
                <div>
                  <span>{labels.get(item.id) ?? item.id}</span>
                  {item.quote && (
                    <div className="evidence">
                      {item.turn !== null && t('report.turn', { turn: item.turn })} <q>{item.quote}</q> {!item.quoteFound && <span className="error">{t('report.quoteNotFound')}</span>}
                    </div>
                  )}
                </div>
              </li>
            ))}
          </ul>
          {critique.verdict.strengths.length > 0 && (
            <>
              <h3>{t('report.strengths')}</h3>
              <ul>
                {critique.verdict.strengths.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('report.improvements')}</h3>
          <ol>
            {critique.verdict.improvements.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
