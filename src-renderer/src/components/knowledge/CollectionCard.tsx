import { Trash2 } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CollectionView, DocumentView } from '../../../../src-main/contract/knowledge'
import type { UploadResult } from '../../store/knowledge-slice'
import { AddDocuments } from './AddDocuments'
import { DocumentsTable } from './DocumentsTable'

interface CollectionCardProps {
  collection: CollectionView
  documents: DocumentView[]
  uploads: UploadResult[]
  busy: boolean
  onRemove(): void
  onAdd(files: File[]): void
  onReindex(id: string): void
  onRemoveDocument(id: string): void
}

/** One collection: its counts, its documents, adding more; the bundled one asks before it goes. */
export function CollectionCard({ collection, documents, uploads, busy, onRemove, onAdd, onReindex, onRemoveDocument }: CollectionCardProps) {
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState(false)
  const remove = () => (collection.bundled ? setConfirming(true) : onRemove())
  return (
    <section className="panel collection" aria-label={collection.name} data-testid="collection" data-collection={collection.id}>
      <div className="row">
        <h2 className="grow">
          {collection.name} {collection.bundled && <span className="tag">{t('knowledge.bundled')}</span>}
        </h2>
        <button type="button" className="secondary" onClick={remove} disabled={busy || confirming} aria-label={t('knowledge.removeCollection', { name: collection.name })}>
          <Trash2 size={14} aria-hidden="true" /> {t('knowledge.confirmRemove')}
        </button>
      </div>
      <p className="muted" data-testid="collection-counts">
        {t('knowledge.documentCount', { count: collection.documents, chunks: collection.chunks })} · {collection.embedder ? t('knowledge.vectorsBy', { embedder: collection.embedder }) : t('knowledge.fullTextOnly')}
      </p>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-label={t('knowledge.removeCollection', { name: collection.name })}>
          <p>{t('knowledge.confirmBundled')}</p>
          <div className="row">
            <button type="button" onClick={onRemove} data-testid="confirm-remove">
              {t('knowledge.confirmRemove')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {t('knowledge.keep')}
            </button>
          </div>
        </div>
      )}
      <AddDocuments collectionName={collection.name} uploads={uploads} onAdd={onAdd} />
      {/* The bundled collection's two dozen notes stay folded until asked for. */}
      <details open={!collection.bundled}>
        <summary>
          {t('knowledge.documents')} ({documents.length})
        </summary>
        <DocumentsTable documents={documents} busy={busy} onReindex={onReindex} onRemove={onRemoveDocument} />
      </details>
    </section>
  )
}
