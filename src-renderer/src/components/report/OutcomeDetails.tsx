import { useTranslation } from 'react-i18next'
import type { Report } from '../../../../src-main/contract/assessment'
import { localized } from '../practice/localized'

interface Props {
  report: Report
  onTurn(turn: number): void
}

/** Diagnosis against the gold answer, red flags and how early, orders graded with their cost. */
export function OutcomeDetails({ report, onTurn }: Props) {
  const { t } = useTranslation()
  const { score } = report
  const language = report.view.session.language
  const { diagnosis, orders } = score
  return (
    <>
      <section className="panel" aria-labelledby="diagnosis-title" data-testid="report-diagnosis">
        <h2 id="diagnosis-title">{t('report.diagnosis')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('report.yourAnswer')}</dt>
            <dd>
              {diagnosis.answer ?? '—'} <span className={diagnosis.correct ? 'good' : 'error'}>{diagnosis.correct ? t('practice.correct') : t('practice.incorrect')}</span>
            </dd>
          </div>
          {diagnosis.rankInDifferential !== null && (
            <div>
              <dt />
              <dd>{t('report.inDifferential', { rank: diagnosis.rankInDifferential })}</dd>
            </div>
          )}
          <div>
            <dt>{t('practice.answer')}</dt>
            <dd data-testid="gold-diagnosis">{localized(diagnosis.gold.name, language)}</dd>
          </div>
          <div>
            <dt>{t('report.yourDifferential')}</dt>
            <dd>{diagnosis.differential.join('；') || '—'}</dd>
          </div>
          <div>
            <dt>{t('practice.differentials')}</dt>
            <dd>
              {diagnosis.goldDifferentials.map((entry) => (
                <span key={localized(entry.name, language)} className={`tag ${entry.named ? 'tag-good' : ''}`}>
                  {entry.named ? '✓ ' : ''}
                  {localized(entry.name, language)}
                </span>
              ))}
            </dd>
          </div>
        </dl>
      </section>

      {score.redFlags.length > 0 && (
        <section className="panel" aria-labelledby="flags-title" data-testid="report-red-flags">
          <h2 id="flags-title">{t('practice.redFlags')}</h2>
          <ul className="checklist">
            {score.redFlags.map((flag) => (
              <li key={flag.id} data-status={flag.status}>
                <span className={`grade flag-${flag.status}`}>{t(`report.flag.${flag.status}`)}</span>
                <div>
                  {localized(flag.text, language)}
                  {flag.turn !== null && (
                    <div className="evidence">
                      <button type="button" className="link" onClick={() => onTurn(flag.turn!)}>
                        {t('report.turn', { turn: flag.turn })}
                      </button>{' '}
                      <q>{flag.quote}</q>
                    </div>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="panel" aria-labelledby="orders-title" data-testid="report-orders">
        <h2 id="orders-title">{t('practice.orders')}</h2>
        {orders.items.length === 0 ? (
          <p className="muted">{t('report.noOrders')}</p>
        ) : (
          <table className="activity">
            <thead>
              <tr>
                <th>{t('report.orderName')}</th>
                <th>{t('report.grade')}</th>
                <th>{t('practice.cost')}</th>
              </tr>
            </thead>
            <tbody>
              {orders.items.map((item) => (
                <tr key={item.orderId}>
                  <td>{localized(item.name, language) || item.text}</td>
                  <td>
                    <span className={`grade grade-${item.grade}`}>{t(`report.grades.${item.grade}`)}</span>
                  </td>
                  <td>¥{item.costCny}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>
          {t('report.totalCost', { cost: orders.totalCostCny })}
          {orders.indicatedMissed.length > 0 && <span className="muted"> · {t('report.indicatedMissed', { names: orders.indicatedMissed.map((name) => localized(name, language)).join('、') })}</span>}
        </p>
      </section>
    </>
  )
}
