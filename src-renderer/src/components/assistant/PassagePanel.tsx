import { X } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { OpenCitation } from '../../store/assistant-slice'
import { passageSource } from './answer-markup'

/** The whole passage a citation points to, as the answer saw it, and whether the index still holds it. */
export function PassagePanel({ citation, onClose }: { citation: OpenCitation; onClose(): void }) {
  const { t } = useTranslation()
  const { passage, current } = citation
  return (
    <section className="panel passage-panel" aria-labelledby="passage-title" data-testid="passage-panel">
      <div className="row">
        <h2 id="passage-title" className="grow">
          {t('assistant.passage.title', { n: passage.n })}
        </h2>
        <button type="button" className="icon secondary" onClick={onClose} aria-label={t('assistant.passage.close')} title={t('assistant.passage.close')}>
          <X size={16} aria-hidden="true" />
        </button>
      </div>
      <dl className="facts passage-facts">
        <dt>{t('assistant.passage.document')}</dt>
        <dd data-testid="passage-document">{passage.documentName}</dd>
        <dt>{t('assistant.passage.section')}</dt>
        <dd data-testid="passage-source">{passageSource(passage)}</dd>
        {passage.page !== null && (
          <>
            <dt>{t('assistant.passage.page')}</dt>
            <dd>{passage.page}</dd>
          </>
        )}
      </dl>
      <blockquote className="passage-text" data-testid="passage-text">
        {passage.text}
      </blockquote>
      {current === 'checking' && <p className="muted">{t('assistant.passage.checking')}</p>}
      {current === null && <p className="warning">{t('assistant.passage.gone')}</p>}
      {current !== null && current !== 'checking' && current.text !== passage.text && <p className="warning">{t('assistant.passage.changed')}</p>}
    </section>
  )
}
