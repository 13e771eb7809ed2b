import { Plus, RefreshCw, Trash2 } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../store/hooks'

/** Other OpenAI-compatible servers (Ollama, LM Studio, a remote vLLM, a paid teacher): add, check, remove. */
export function EndpointsPanel() {
  const { t } = useTranslation()
  const endpoints = useAppStore((state) => state.endpoints)
  const models = useAppStore((state) => state.endpointModels)
  const busy = useAppStore((state) => state.enginesBusy)
  const addEndpoint = useAppStore((state) => state.addEndpoint)
  const removeEndpoint = useAppStore((state) => state.removeEndpoint)
  const checkEndpoint = useAppStore((state) => state.checkEndpoint)
  const [name, setName] = useState('')
  const [baseUrl, setBaseUrl] = useState('')
  const [apiKey, setApiKey] = useState('')
  const remote = endpoints.filter((endpoint) => endpoint.kind === 'openai-compatible')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void addEndpoint({ name: name.trim(), baseUrl: baseUrl.trim(), apiKey: apiKey || null }).then((added) => {
      if (!added) return
      setName('')
      setBaseUrl('')
      setApiKey('')
    })
  }

  return (
    <section className="panel" aria-labelledby="endpoints-title" data-testid="endpoints">
      <h2 id="endpoints-title">{t('endpoints.title')}</h2>
      <p className="muted">{t('endpoints.lead')}</p>
      {remote.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('endpoints.name')}</th>
              <th>{t('endpoints.url')}</th>
              <th>{t('endpoints.key')}</th>
              <th>{t('endpoints.models')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {remote.map((endpoint) => (
              <tr key={endpoint.id} data-testid="endpoint-row">
                <td>{endpoint.name}</td>
                <td>
                  <code>{endpoint.baseUrl}</code>
                </td>
                <td>{endpoint.hasKey ? t('endpoints.keyStored') : '—'}</td>
                <td data-testid="endpoint-models">{models[endpoint.id] ? models[endpoint.id]!.join(', ') || t('endpoints.noModels') : <span className="muted">{t('endpoints.notChecked')}</span>}</td>
                <td className="row">
                  <button type="button" className="secondary" disabled={busy} onClick={() => void checkEndpoint(endpoint.id)} title={t('endpoints.checkHint')} data-testid="endpoint-check">
                    <RefreshCw size={16} aria-hidden="true" /> {t('endpoints.check')}
                  </button>
                  <button type="button" className="icon" disabled={busy} onClick={() => void removeEndpoint(endpoint.id)} aria-label={t('endpoints.remove', { name: endpoint.name })}>
                    <Trash2 size={16} aria-hidden="true" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="row wrap" onSubmit={submit} data-testid="endpoint-form">
        <label>
          {t('endpoints.name')}
          <input value={name} onChange={(event) => setName(event.target.value)} placeholder="ollama" required data-testid="endpoint-name" />
        </label>
        <label className="grow">
          {t('endpoints.url')}
          <input type="url" value={baseUrl} onChange={(event) => setBaseUrl(event.target.value)} placeholder="http://127.0.0.1:11434/v1" required data-testid="endpoint-url" />
        </label>
        <label>
          {t('endpoints.key')}
          <input type="password" autoComplete="off" value={apiKey} onChange={(event) => setApiKey(event.target.value)} placeholder={t('endpoints.keyOptional')} data-testid="endpoint-key" />
        </label>
        <button type="submit" disabled={busy || !name.trim() || !baseUrl.trim()} data-testid="endpoint-add">
          <Plus size={16} aria-hidden="true" /> {t('endpoints.add')}
        </button>
      </form>
      <p className="muted">{t('endpoints.keyNote')}</p>
    </section>
  )
}
