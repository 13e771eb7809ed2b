import { Plus } from 'lucide-react'
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { CollectionCard } from '../components/knowledge/CollectionCard'
import { EmbedderPanel } from '../components/knowledge/EmbedderPanel'
import { IndexingProgress } from '../components/knowledge/IndexingProgress'
import { SearchPanel } from '../components/knowledge/SearchPanel'
import { useAppStore } from '../store/hooks'

/** Knowledge: collections and their documents, indexing as it happens, the embedder, and a search to try. */
export function KnowledgeView() {
  const { t } = useTranslation()
  const knowledge = useAppStore((state) => state.knowledge)
  const error = useAppStore((state) => state.knowledgeError)
  const busy = useAppStore((state) => state.knowledgeBusy)
  const uploads = useAppStore((state) => state.uploads)
  const search = useAppStore((state) => state.knowledgeSearch)
  const library = useAppStore((state) => state.library)
  const endpoints = useAppStore((state) => state.endpoints)
  const watchKnowledge = useAppStore((state) => state.watchKnowledge)
  const loadEngineLists = useAppStore((state) => state.loadEngineLists)
  const createCollection = useAppStore((state) => state.createCollection)
  const removeCollection = useAppStore((state) => state.removeCollection)
  const addDocuments = useAppStore((state) => state.addDocuments)
  const removeDocument = useAppStore((state) => state.removeDocument)
  const reindexDocument = useAppStore((state) => state.reindexDocument)
  const setEmbedder = useAppStore((state) => state.setEmbedder)
  const searchKnowledge = useAppStore((state) => state.searchKnowledge)
  const [name, setName] = useState('')

  useEffect(() => {
    const controller = new AbortController()
    void watchKnowledge(controller.signal)
    // The embedder may be a model of the library or an endpoint's model.
    void loadEngineLists()
    return () => controller.abort()
  }, [watchKnowledge, loadEngineLists])

  const create = (event: FormEvent) => {
    event.preventDefault()
    if (name.trim()) void createCollection(name.trim()).then((created) => created && setName(''))
  }
  const current = knowledge?.current ?? null
  const queued = knowledge?.documents.filter((doc) => doc.state === 'queued').length ?? 0
  const models = library?.entries.filter((entry) => entry.summary?.kind === 'model') ?? []
  // The local engine and vLLM are offered before their endpoint rows exist (they are made on first use).
  const hasRow = (kind: 'llama-cpp' | 'vllm') => endpoints.some((endpoint) => endpoint.kind === kind)
  const embedderEndpoints = [
    ...(hasRow('llama-cpp') ? [] : [{ id: 'local', name: t('engines.local') }]),
    ...(hasRow('vllm') ? [] : [{ id: 'vllm', name: t('vllm.title') }]),
    ...endpoints.map((endpoint) => ({ id: endpoint.id, name: endpoint.name }))
  ]

  return (
    <article className="view knowledge" data-testid="view-knowledge">
      <header>
        <h1>{t('views.knowledge.title')}</h1>
        <p className="lead">{t('views.knowledge.lead')}</p>
      </header>
      {error && (
        <p className="error" role="alert" data-testid="knowledge-error">
          {error}
        </p>
      )}
      {current && <IndexingProgress current={current} queued={queued} onCancel={() => void removeDocument(current.documentId)} />}

      <section className="panel" aria-labelledby="collections-title">
        <h2 id="collections-title">{t('knowledge.collections')}</h2>
        <form className="row" onSubmit={create}>
          <input className="grow" value={name} maxLength={80} onChange={(event) => setName(event.target.value)} aria-label={t('knowledge.collectionName')} placeholder={t('knowledge.collectionName')} data-testid="collection-name" />
          <button type="submit" disabled={busy || !name.trim()} data-testid="collection-create">
            <Plus size={16} aria-hidden="true" /> {t('knowledge.create')}
          </button>
        </form>
      </section>
      {knowledge?.collections.map((collection) => (
        <CollectionCard
          key={collection.id}
          collection={collection}
          documents={knowledge.documents.filter((doc) => doc.collectionId === collection.id)}
          uploads={uploads.filter((upload) => upload.collectionId === collection.id)}
          busy={busy}
          onRemove={() => void removeCollection(collection.id)}
          onAdd={(files) => void addDocuments(collection.id, files)}
          onReindex={(id) => void reindexDocument(id)}
          onRemoveDocument={(id) => void removeDocument(id)}
        />
      ))}

      {knowledge && <EmbedderPanel status={knowledge.embedder} models={models} endpoints={embedderEndpoints} busy={busy} onApply={(settings) => void setEmbedder(settings)} />}
      <SearchPanel search={search} busy={busy} onSearch={(query, mode) => void searchKnowledge(query, mode)} />
    </article>
  )
}
