import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { LibraryEntryView } from '../../../../src-main/contract/engines'
import type { EmbedderSettings, EmbedderStatus } from '../../../../src-main/contract/knowledge'

type Kind = EmbedderSettings['kind']
const kinds: Kind[] = ['none', 'onnx', 'gguf', 'engine']

interface EmbedderPanelProps {
  status: EmbedderStatus
  models: LibraryEntryView[]
  endpoints: { id: string; name: string }[]
  busy: boolean
  onApply(settings: EmbedderSettings): void
}

/** Where vectors come from, and what it is doing now; the form starts from the current choice. */
export function EmbedderPanel({ status, models, endpoints, busy, onApply }: EmbedderPanelProps) {
  const { t } = useTranslation()
  const settings = status.settings
  const [kind, setKind] = useState<Kind>(settings.kind)
  const [folder, setFolder] = useState(settings.kind === 'onnx' ? settings.folder : '')
  const [quantized, setQuantized] = useState(settings.kind === 'onnx' && settings.quantized)
  const [model, setModel] = useState(settings.kind === 'gguf' ? settings.model : '')
  const [endpointId, setEndpointId] = useState(settings.kind === 'engine' ? settings.endpointId : '')
  const [modelName, setModelName] = useState(settings.kind === 'engine' ? settings.model : '')
  const chosenModel = model || models[0]?.id || ''
  const chosenEndpoint = endpointId || endpoints[0]?.id || ''
  const chosen = ((): EmbedderSettings | null => {
    switch (kind) {
      case 'none':
        return { kind }
      case 'onnx':
        return folder.trim() ? { kind, folder: folder.trim(), quantized } : null
      case 'gguf':
        return chosenModel ? { kind, model: chosenModel } : null
      case 'engine':
        return chosenEndpoint && modelName.trim() ? { kind, endpointId: chosenEndpoint, model: modelName.trim() } : null
    }
  })()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (chosen) onApply(chosen)
  }
  return (
    <section className="panel" aria-labelledby="embedder-title" data-testid="embedder">
      <div className="row">
        <h2 id="embedder-title" className="grow">
          {t('knowledge.embedder.title')}
        </h2>
        <span className={`badge embedder-${status.state}`} data-testid="embedder-state">
          {t(`knowledge.embedder.states.${status.state}`)}
        </span>
      </div>
      <p className="muted">{t('knowledge.embedder.lead')}</p>
      {status.id && (
        <p className="muted">
          <code>{status.id}</code>
          {status.dimensions !== null && ` · ${t('knowledge.embedder.dimensions', { count: status.dimensions })}`}
        </p>
      )}
      {status.error && (
        <p className="error" role="alert" data-testid="embedder-error">
          {status.error.message} <span className="muted">({status.error.code})</span>
        </p>
      )}
      <form className="stack" onSubmit={submit}>
        <fieldset className="inline embedder-kinds">
          <legend>{t('knowledge.embedder.kind')}</legend>
          {kinds.map((id) => (
            <label key={id}>
              <input type="radio" name="embedder-kind" value={id} checked={kind === id} onChange={() => setKind(id)} /> {t(`knowledge.embedder.kinds.${id}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'onnx' && (
          <div className="row wrap">
            <label className="grow">
              {t('knowledge.embedder.folder')}
              <input value={folder} onChange={(event) => setFolder(event.target.value)} placeholder={t('knowledge.embedder.folderPlaceholder')} data-testid="embedder-folder" />
            </label>
            <label className="check">
              <span>
                <input type="checkbox" checked={quantized} onChange={(event) => setQuantized(event.target.checked)} /> {t('knowledge.embedder.quantized')}
              </span>
            </label>
          </div>
        )}
        {kind === 'gguf' &&
          (models.length === 0 ? (
            <p className="muted">{t('knowledge.embedder.noModels')}</p>
          ) : (
            <label>
              {t('knowledge.embedder.model')}
              <select value={chosenModel} onChange={(event) => setModel(event.target.value)} data-testid="embedder-model">
                {models.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {entry.id}
                  </option>
                ))}
              </select>
            </label>
          ))}
        {kind === 'engine' && (
          <div className="row wrap">
            <label>
              {t('knowledge.embedder.endpoint')}
              <select value={chosenEndpoint} onChange={(event) => setEndpointId(event.target.value)} data-testid="embedder-endpoint">
                {endpoints.map((endpoint) => (
                  <option key={endpoint.id} value={endpoint.id}>
                    {endpoint.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="grow">
              {t('knowledge.embedder.modelName')}
              <input value={modelName} onChange={(event) => setModelName(event.target.value)} placeholder="bge-m3" data-testid="embedder-model-name" />
            </label>
          </div>
        )}
        <p className="warning">{t('knowledge.embedder.warning')}</p>
        <div className="row">
          <button type="submit" disabled={busy || !chosen} data-testid="embedder-apply">
            {t('knowledge.embedder.apply')}
          </button>
        </div>
      </form>
    </section>
  )
}
