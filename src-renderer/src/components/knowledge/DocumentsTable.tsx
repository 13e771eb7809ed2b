import { RotateCw, Trash2 } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { DocumentView } from '../../../../src-main/contract/knowledge'
import { formatBytes } from '../engines/format'
import { ErrorText } from './ErrorText'

interface DocumentsTableProps {
  documents: DocumentView[]
  busy: boolean
  onReindex(id: string): void
  onRemove(id: string): void
}

export function DocumentsTable({ documents, busy, onReindex, onRemove }: DocumentsTableProps) {
  const { t } = useTranslation()
  if (documents.length === 0) return <p className="muted">{t('knowledge.noDocuments')}</p>
  return (
    <table className="data-table documents">
      <thead>
        <tr>
          <th>{t('knowledge.columns.name')}</th>
          <th>{t('knowledge.columns.format')}</th>
          <th>{t('knowledge.columns.size')}</th>
          <th>{t('knowledge.columns.title')}</th>
          <th>{t('knowledge.columns.pages')}</th>
          <th>{t('knowledge.columns.chunks')}</th>
          <th>{t('knowledge.columns.state')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {documents.map((doc) => (
          <tr key={doc.id} data-testid="document-row" data-state={doc.state}>
            <td className="document-name">{doc.name}</td>
            <td>{t(`knowledge.formats.${doc.format}`)}</td>
            <td className="number">{formatBytes(doc.bytes)}</td>
            <td>{doc.title}</td>
            <td className="number">{doc.pages ?? '—'}</td>
            <td className="number">{doc.chunks ?? '—'}</td>
            <td>
              <span className={`badge doc-${doc.state}`} data-testid="document-state">
                {t(`knowledge.states.${doc.state}`)}
              </span>
              {doc.state === 'failed' && doc.errorMessage && (
                <p className="error" data-testid="document-error">
                  <ErrorText code={doc.errorCode ?? 'KB_INDEXING_FAILED'} message={doc.errorMessage} />
                </p>
              )}
            </td>
            <td className="actions">
              <button type="button" className="icon secondary" onClick={() => onReindex(doc.id)} disabled={busy} aria-label={t('knowledge.reindex', { name: doc.name })} title={t('knowledge.reindex', { name: doc.name })}>
                <RotateCw size={14} aria-hidden="true" />
              </button>
              <button type="button" className="icon secondary" onClick={() => onRemove(doc.id)} disabled={busy} aria-label={t('knowledge.removeDocument', { name: doc.name })} title={t('knowledge.removeDocument', { name: doc.name })}>
                <Trash2 size={14} aria-hidden="true" />
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
