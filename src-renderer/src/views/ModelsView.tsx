import { Play, Square, Trash2, Upload } from 'lucide-react'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DownloadsPanel } from '../components/engines/DownloadsPanel'
import { EndpointsPanel } from '../components/engines/EndpointsPanel'
import { HardwarePanel } from '../components/engines/HardwarePanel'
import { RolesPanel } from '../components/engines/RolesPanel'
import { TryChatPanel } from '../components/engines/TryChatPanel'
import { VllmPanel } from '../components/engines/VllmPanel'
import { formatBytes, formatCount } from '../components/engines/format'
import { useAppStore } from '../store/hooks'

/** Models & engines: the local engine and vLLM (state, controls, failures, log, metrics), a try-it chat, role assignment, other servers, the models folder, and the hardware. */
export function ModelsView() {
  const { t } = useTranslation()
  const engine = useAppStore((state) => state.engine)
  const library = useAppStore((state) => state.library)
  const error = useAppStore((state) => state.enginesError)
  const busy = useAppStore((state) => state.enginesBusy)
  const loadEngines = useAppStore((state) => state.loadEngines)
  const watchEngine = useAppStore((state) => state.watchEngine)
  const startEngine = useAppStore((state) => state.startEngine)
  const stopEngine = useAppStore((state) => state.stopEngine)
  const importModel = useAppStore((state) => state.importModel)
  const deleteModel = useAppStore((state) => state.deleteModel)
  const [model, setModel] = useState('')
  const [adapters, setAdapters] = useState<string[]>([])
  const [threads, setThreads] = useState('')
  const [importPath, setImportPath] = useState('')

  useEffect(() => {
    void loadEngines()
    const controller = new AbortController()
    void watchEngine(controller.signal)
    return () => controller.abort()
  }, [loadEngines, watchEngine])

  const models = useMemo(() => library?.entries.filter((entry) => entry.summary?.kind === 'model') ?? [], [library])
  const chosen = model || models[0]?.id || ''
  const architecture = models.find((entry) => entry.id === chosen)?.summary?.architecture
  const fittingAdapters = library?.entries.filter((entry) => entry.summary?.kind === 'adapter' && entry.summary.architecture === architecture) ?? []
  const state = engine?.state ?? 'idle'
  const running = state === 'ready' || state === 'starting' || state === 'stopping'

  return (
    <article className="view" data-testid="view-models">
      <header>
        <h1>{t('views.models.title')}</h1>
        <p className="lead">{t('views.models.lead')}</p>
      </header>
      {error && error !== engine?.error?.message && (
        <p className="error" role="alert" data-testid="engines-error">
          {error}
        </p>
      )}

      <section className="panel" aria-labelledby="engine-title" data-testid="engine-panel">
        <div className="row">
          <h2 id="engine-title" className="grow">
            {t('engines.local')}
          </h2>
          <span className={`badge state-${state}`} data-testid="engine-state">
            {t(`engines.state.${state}`)}
          </span>
        </div>
        {engine?.error && state === 'crashed' && (
          <div className="failure" role="alert" data-testid="engine-failure">
            <strong>{t('engines.failureTitle')}</strong>
            <p>{t(`engines.causes.${engine.error.code}`, { defaultValue: '' }) || engine.error.message}</p>
            <p className="muted">{engine.error.message}</p>
            <p className="muted">{engine.error.code}</p>
          </div>
        )}
        {state === 'ready' && engine && (
          <dl className="facts" data-testid="engine-facts">
            <dt>{t('engines.model')}</dt>
            <dd>{engine.model}</dd>
            <dt>{t('engines.adapters')}</dt>
            <dd>{engine.adapters.join(', ') || '—'}</dd>
            <dt>{t('engines.threads')}</dt>
            <dd>{engine.threads}</dd>
            <dt>{t('engines.gpu')}</dt>
            <dd>{engine.gpu === false ? t('engines.cpuOnly') : `${engine.gpu} · ${t('engines.gpuLayers', { count: engine.gpuLayers ?? 0 })}`}</dd>
            <dt>{t('engines.context')}</dt>
            <dd>{t('engines.contextValue', { size: engine.contextSize, sequences: engine.sequences })}</dd>
            <dt>{t('engines.queue')}</dt>
            <dd>{t('engines.queueValue', { running: engine.running, waiting: engine.waiting })}</dd>
            <dt>{t('engines.api')}</dt>
            <dd>
              <code data-testid="local-api-url">{engine.api?.baseUrl}</code>
              <details>
                <summary>{t('engines.apiKey')}</summary>
                <code className="secret">{engine.api?.apiKey}</code>
              </details>
            </dd>
          </dl>
        )}
        <form
          className="row wrap"
          onSubmit={(event) => {
            event.preventDefault()
            if (chosen) void startEngine({ model: chosen, adapters: adapters.filter((id) => fittingAdapters.some((entry) => entry.id === id)), ...(threads ? { threads: Number(threads) } : {}) })
          }}
        >
          <label>
            {t('engines.model')}
            <select value={chosen} onChange={(event) => setModel(event.target.value)} data-testid="start-model" disabled={models.length === 0}>
              {models.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.id}
                </option>
              ))}
            </select>
          </label>
          {fittingAdapters.length > 0 && (
            <fieldset className="inline">
              <legend>{t('engines.adapters')}</legend>
              {fittingAdapters.map((entry) => (
                <label key={entry.id}>
                  <input type="checkbox" checked={adapters.includes(entry.id)} onChange={(event) => setAdapters((current) => (event.target.checked ? [...current, entry.id] : current.filter((id) => id !== entry.id)))} />
                  {entry.id.replace(/\.gguf$/i, '')}
                </label>
              ))}
            </fieldset>
          )}
          <label>
            {t('engines.threads')}
            <input type="number" min={1} max={512} value={threads} placeholder={t('engines.threadsAuto')} onChange={(event) => setThreads(event.target.value)} data-testid="start-threads" />
          </label>
          <button type="submit" disabled={!chosen || busy || state === 'starting'} data-testid="start-engine">
            <Play size={16} aria-hidden="true" /> {state === 'ready' ? t('engines.restart') : t('engines.start')}
          </button>
          <button type="button" onClick={() => void stopEngine()} disabled={!running || busy} data-testid="stop-engine">
            <Square size={16} aria-hidden="true" /> {t('engines.stop')}
          </button>
        </form>
        {state === 'starting' && <progress aria-label={t('engines.state.starting')} data-testid="engine-progress" />}
        {models.length === 0 && <p className="muted">{t('engines.noModels')}</p>}
      </section>

      <VllmPanel />
      <TryChatPanel />
      <RolesPanel />
      <EndpointsPanel />

      <section className="panel" aria-labelledby="library-title" data-testid="library">
        <h2 id="library-title">{t('engines.library')}</h2>
        <p className="muted">{t('engines.libraryDir', { dir: library?.dir ?? '' })}</p>
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault()
            if (importPath.trim()) void importModel(importPath.trim()).then(() => setImportPath(''))
          }}
        >
          <input className="grow" value={importPath} onChange={(event) => setImportPath(event.target.value)} placeholder={t('engines.importPlaceholder')} aria-label={t('engines.importLabel')} data-testid="import-path" />
          <button type="submit" disabled={busy || !importPath.trim()} data-testid="import-model">
            <Upload size={16} aria-hidden="true" /> {t('engines.import')}
          </button>
        </form>
        <DownloadsPanel />
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('engines.file')}</th>
              <th>{t('engines.kind')}</th>
              <th>{t('engines.architecture')}</th>
              <th>{t('engines.parameters')}</th>
              <th>{t('engines.quantization')}</th>
              <th>{t('engines.contextLength')}</th>
              <th>{t('engines.size')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {library?.entries.map((entry) => (
              <tr key={entry.id} data-testid="library-row">
                <td>
                  {entry.id}
                  {entry.problem && <p className="error">{entry.problem}</p>}
                  {entry.summary?.chatTemplate && (
                    <details>
                      <summary>{t('engines.chatTemplate')}</summary>
                      <pre className="template">{entry.summary.chatTemplate}</pre>
                    </details>
                  )}
                </td>
                <td>{entry.summary ? t(`engines.kinds.${entry.summary.kind}`) : '—'}</td>
                <td>{entry.summary?.architecture ?? '—'}</td>
                <td>{entry.summary ? formatCount(entry.summary.parameters) : '—'}</td>
                <td>{entry.summary?.quantization ?? '—'}</td>
                <td>{entry.summary?.contextLength ?? '—'}</td>
                <td>{entry.summary ? formatBytes(entry.summary.sizeBytes) : '—'}</td>
                <td>
                  <button type="button" className="icon" onClick={() => void deleteModel(entry.id)} disabled={busy} aria-label={t('engines.delete', { file: entry.id })}>
                    <Trash2 size={16} aria-hidden="true" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <HardwarePanel />
    </article>
  )
}
