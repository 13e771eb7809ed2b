import { useTranslation } from 'react-i18next'
import type { TraceView } from '../../../../src-main/contract/assistant'
import { TraceStep } from './TraceStep'

/** How an answer was made, step by step; collapsed, since most readers want only the answer. */
export function TracePanel({ trace }: { trace: TraceView }) {
  const { t, i18n } = useTranslation()
  const zh = i18n.language.startsWith('zh')
  return (
    <details className="trace" data-testid="trace">
      <summary>{t('assistant.trace.title')}</summary>
      <dl className="facts">
        <dt>{t('assistant.trace.redFlags')}</dt>
        <dd data-testid="trace-red-flags">{trace.redFlags.map((flag) => (zh ? flag.label.zh : flag.label.en)).join('、') || t('assistant.trace.none')}</dd>
        <dt>{t('assistant.trace.routing')}</dt>
        <dd data-testid="trace-routing">
          <ul>
            {trace.routing.parts.map((part, at) => (
              <li key={at}>
                “{part.text}” → <strong>{t(`assistant.trace.intents.${part.intent}`)}</strong> <span className="muted">({t(`assistant.trace.by.${part.by}`)})</span>
              </li>
            ))}
          </ul>
        </dd>
        {trace.queries.length > 0 && (
          <>
            <dt>{t('assistant.trace.queries')}</dt>
            <dd data-testid="trace-queries">
              <ul>
                {trace.queries.map((query) => (
                  <li key={query}>{query}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {trace.retrieval && (
          <>
            <dt>{t('assistant.trace.retrieval')}</dt>
            <dd data-testid="trace-retrieval">
              {t(`knowledge.retrievalModes.${trace.retrieval}`)}
              {trace.retrievalNote && <span className="warning"> · {t(`knowledge.notes.${trace.retrievalNote}`)}</span>}
            </dd>
          </>
        )}
        {trace.notes.length > 0 && (
          <>
            <dt>{t('assistant.trace.notes')}</dt>
            <dd>
              <ul>
                {trace.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {trace.steps.length === 0 && trace.retrieval && <p className="muted">{t('assistant.trace.noSteps')}</p>}
      {trace.steps.map((step, at) => (
        // The draft comes first, so a refinement's place in the list is its round.
        <TraceStep key={at} step={step} round={at} />
      ))}
    </details>
  )
}
