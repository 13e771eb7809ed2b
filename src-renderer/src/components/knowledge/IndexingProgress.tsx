import { Square } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { KnowledgeStatus } from '../../../../src-main/contract/knowledge'

type Progress = NonNullable<KnowledgeStatus['current']>

/** The document being indexed now; cancelling removes it (its passages leave the index with it). */
export function IndexingProgress({ current, queued, onCancel }: { current: Progress; queued: number; onCancel(): void }) {
  const { t } = useTranslation()
  return (
    <section className="panel indexing" aria-labelledby="indexing-title" data-testid="indexing">
      <div className="row">
        <h2 id="indexing-title" className="grow">
          {t('knowledge.indexing', { name: current.name })}
        </h2>
        <button type="button" className="secondary" onClick={onCancel} title={t('knowledge.cancelHint', { name: current.name })} data-testid="cancel-indexing">
          <Square size={14} aria-hidden="true" /> {t('knowledge.cancelIndexing')}
        </button>
      </div>
      {/* Until the passages are counted the bar has no end, so it is shown indeterminate. */}
      <progress value={current.total > 0 ? current.done : undefined} max={current.total > 0 ? current.total : undefined} aria-label={t('knowledge.indexing', { name: current.name })} />
      <p className="muted" data-testid="indexing-figures">
        {t(`knowledge.phases.${current.phase}`)}
        {current.total > 0 && ` · ${t('knowledge.progress', { done: current.done, total: current.total })}`}
        {current.resumedFrom > 0 && ` · ${t('knowledge.resumedFrom', { count: current.resumedFrom })}`}
        {queued > 0 && ` · ${t('knowledge.queued', { count: queued })}`}
      </p>
    </section>
  )
}
