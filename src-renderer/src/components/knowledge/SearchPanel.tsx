import { Search } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SearchResult } from '../../../../src-main/contract/knowledge'
import type { KnowledgeSearch } from '../../store/knowledge-slice'
import { passageSource } from '../assistant/answer-markup'

const modes: SearchResult['mode'][] = ['hybrid', 'fts', 'vector']

/** A query against every collection, the way the assistant searches, with each hit's ranks. */
export function SearchPanel({ search, busy, onSearch }: { search: KnowledgeSearch | null; busy: boolean; onSearch(query: string, mode: SearchResult['mode']): void }) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [mode, setMode] = useState<SearchResult['mode']>('hybrid')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (query.trim()) onSearch(query.trim(), mode)
  }
  const result = search?.result
  return (
    <section className="panel" aria-labelledby="search-title" data-testid="knowledge-search">
      <h2 id="search-title">{t('knowledge.search.title')}</h2>
      <form className="row wrap" onSubmit={submit}>
        <label className="grow">
          {t('knowledge.search.query')}
          <input value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t('knowledge.search.placeholder')} data-testid="search-query" />
        </label>
        <label>
          {t('knowledge.search.mode')}
          <select value={mode} onChange={(event) => setMode(event.target.value as SearchResult['mode'])} data-testid="search-mode">
            {modes.map((id) => (
              <option key={id} value={id}>
                {t(`knowledge.search.modes.${id}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy || !query.trim()} data-testid="search-run">
          <Search size={16} aria-hidden="true" /> {t('knowledge.search.run')}
        </button>
      </form>
      {search && !result && <p className="muted">{t('knowledge.search.searching')}</p>}
      {result && (
        <div data-testid="search-result">
          <p className="muted">
            {t('knowledge.search.usedMode', { mode: t(`knowledge.retrievalModes.${result.mode}`) })}
            {result.note && <span className="warning"> · {t(`knowledge.notes.${result.note}`)}</span>}
          </p>
          {result.hits.length === 0 && <p className="muted">{t('knowledge.search.noHits')}</p>}
          <ol className="hits">
            {result.hits.map((hit) => (
              <li key={hit.chunkId} data-testid="search-hit">
                <div className="row">
                  <strong className="grow">{passageSource(hit)}</strong>
                  <span className="muted hit-ranks">
                    {[
                      hit.ftsRank !== null && t('knowledge.search.ftsRank', { rank: hit.ftsRank }),
                      hit.vectorRank !== null && t('knowledge.search.vectorRank', { rank: hit.vectorRank }),
                      `RRF ${hit.score.toFixed(4)}`
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </div>
                <p className="muted">
                  {hit.documentName}
                  {hit.page !== null && ` · ${t('knowledge.search.page', { page: hit.page })}`}
                </p>
                <p className="hit-text">{hit.text}</p>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  )
}
