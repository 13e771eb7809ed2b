import { useTranslation } from 'react-i18next'
import type { TraceStepView } from '../../../../src-main/contract/assistant'

/** One draft or refinement: its text, the verdict on each sentence's citations, and the critique. */
export function TraceStep({ step, round }: { step: TraceStepView; round: number }) {
  const { t } = useTranslation()
  const { check, critique } = step
  return (
    <section className="trace-step" data-testid="trace-step">
      <h4>{step.stage === 'draft' ? t('assistant.trace.stages.draft') : t('assistant.trace.stages.refine', { round })}</h4>
      <pre className="reply">{step.text}</pre>
      <h5>
        {t('assistant.trace.check')} <span className="muted">· {t('assistant.trace.checkSummary', { supported: check.supported, removed: check.removed })}</span>
      </h5>
      <table className="data-table compact">
        <thead>
          <tr>
            <th>{t('assistant.trace.sentence')}</th>
            <th>{t('assistant.trace.cites')}</th>
            <th>{t('assistant.trace.support')}</th>
            <th>{t('assistant.trace.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {check.sentences.map((sentence, at) => (
            <tr key={at} className={`verdict-${sentence.verdict}`}>
              <td>{sentence.text}</td>
              <td>{sentence.citations.map((n) => `[${n}]`).join(' ') || '—'}</td>
              <td>{sentence.support === null ? '—' : sentence.support.toFixed(2)}</td>
              <td className="verdict">{t(`assistant.trace.verdicts.${sentence.verdict}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {critique && (
        <div className="trace-critique">
          <h5>
            {t('assistant.trace.critique')}{' '}
            <span className={critique.pass ? 'good' : 'warning'}>{critique.pass ? t('assistant.trace.pass') : t('assistant.trace.fail')}</span>{' '}
            <span className="muted">· {t(`assistant.trace.critiqueBy.${critique.by}`)}</span>
          </h5>
          {critique.issues.length > 0 && (
            <ul>
              {critique.issues.map((issue, at) => (
                <li key={at}>
                  <span className="tag">{t(`assistant.trace.issueKinds.${issue.kind}`)}</span>
                  {issue.detail}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
