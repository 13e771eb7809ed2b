import { Upload } from 'lucide-react'
import type { ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { UploadResult } from '../../store/knowledge-slice'
import { ErrorText } from './ErrorText'

interface AddDocumentsProps {
  collectionName: string
  uploads: UploadResult[]
  onAdd(files: File[]): void
}

const accepted = '.md,.markdown,.txt,.html,.htm,.pdf,.docx'

/** Several files at once; each refused one is listed with the core's reason. */
export function AddDocuments({ collectionName, uploads, onAdd }: AddDocumentsProps) {
  const { t } = useTranslation()
  const uploading = uploads.some((upload) => upload.state === 'uploading')
  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])]
    if (files.length > 0) onAdd(files)
    event.target.value = ''
  }
  return (
    <div className="add-documents">
      {/* The browser's own file button speaks the browser's language, not the app's: it is hidden behind a label that does. */}
      <label className={`file-picker${uploading ? ' disabled' : ''}`}>
        <Upload size={16} aria-hidden="true" /> {t('knowledge.chooseFiles')}
        <input type="file" className="visually-hidden" multiple accept={accepted} onChange={onFiles} disabled={uploading} aria-label={t('knowledge.addDocuments', { name: collectionName })} data-testid="document-files" />
      </label>
      <p className="muted">{t('knowledge.addHelp')}</p>
      {uploads.length > 0 && (
        <ul className="uploads" data-testid="uploads">
          {uploads.map((upload, at) => (
            <li key={`${upload.fileName}-${at}`} className={`upload upload-${upload.state}`} data-testid="upload-row" data-state={upload.state}>
              <strong>{upload.fileName}</strong> <span className={`badge upload-${upload.state}`}>{t(`knowledge.upload.${upload.state}`)}</span>
              {upload.error && (
                <p className="error" role="alert" data-testid="upload-error">
                  <ErrorText code={upload.error.code} message={upload.error.message} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
