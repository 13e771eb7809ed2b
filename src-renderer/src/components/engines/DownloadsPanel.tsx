import { Download, RotateCw, Square, Trash2 } from 'lucide-react'
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DownloadItem } from '../../../../src-main/contract/downloads'
import { useAppStore } from '../../store/hooks'
import { formatBytes } from './format'

const active = (item: DownloadItem): boolean => item.state === 'queued' || item.state === 'downloading' || item.state === 'verifying'

function DownloadRow({ item }: { item: DownloadItem }) {
  const { t } = useTranslation()
  const start = useAppStore((state) => state.startDownload)
  const cancel = useAppStore((state) => state.cancelDownload)
  const percent = item.totalBytes ? Math.floor((item.downloadedBytes / item.totalBytes) * 100) : null
  return (
    <li className={`download state-${item.state}`} data-testid="download-row">
      <div className="row">
        <strong className="grow">{item.fileName}</strong>
        <span className={`badge state-${item.state}`} data-testid="download-state">
          {t(`downloads.state.${item.state}`)}
        </span>
      </div>
      <p className="muted">{item.uri}</p>
      {active(item) && <progress value={item.downloadedBytes} max={item.totalBytes ?? undefined} aria-label={t('downloads.progress', { file: item.fileName })} />}
      <p className="muted" data-testid="download-figures">
        {formatBytes(item.downloadedBytes)}
        {item.totalBytes !== null && ` / ${formatBytes(item.totalBytes)}`}
        {percent !== null && ` · ${percent} %`}
        {item.state === 'downloading' && ` · ${formatBytes(item.bytesPerSecond)}/s`}
        {item.resumedFromBytes > 0 && ` · ${t('downloads.resumedFrom', { size: formatBytes(item.resumedFromBytes) })}`}
      </p>
      {item.state === 'done' && (
        <p data-testid="download-checksum">
          {item.verified ? t('downloads.verified') : t('downloads.notVerified')} <code className="secret">{item.sha256}</code>
        </p>
      )}
      {item.error && (
        <p className="error" role="alert" data-testid="download-error">
          {t(`downloads.errors.${item.error.code}`, { defaultValue: '' }) || item.error.message}
          <span className="muted"> ({item.error.code}: {item.error.message})</span>
        </p>
      )}
      <div className="row">
        {active(item) && (
          <button type="button" className="secondary" onClick={() => void cancel(item.id)} data-testid="download-cancel">
            <Square size={16} aria-hidden="true" /> {t('downloads.cancel')}
          </button>
        )}
        {(item.state === 'cancelled' || item.state === 'failed') && (
          <>
            <button type="button" onClick={() => void start(item.uri)} data-testid="download-resume">
              <RotateCw size={16} aria-hidden="true" /> {t('downloads.resume')}
            </button>
            {item.downloadedBytes > 0 && (
              <button type="button" className="secondary" onClick={() => void cancel(item.id, true)}>
                <Trash2 size={16} aria-hidden="true" /> {t('downloads.discard')}
              </button>
            )}
          </>
        )}
      </div>
    </li>
  )
}

/** Downloads from Hugging Face or a URL: the only network use the app starts, and only from here. */
export function DownloadsPanel() {
  const { t } = useTranslation()
  const downloads = useAppStore((state) => state.downloads)
  const interrupted = useAppStore((state) => state.interruptedDownloads)
  const error = useAppStore((state) => state.downloadsError)
  const watch = useAppStore((state) => state.watchDownloads)
  const start = useAppStore((state) => state.startDownload)
  const [uri, setUri] = useState('')
  const [sha256, setSha256] = useState('')

  useEffect(() => {
    const controller = new AbortController()
    void watch(controller.signal)
    return () => controller.abort()
  }, [watch])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void start(uri.trim(), sha256.trim() || undefined).then((started) => {
      if (!started) return
      setUri('')
      setSha256('')
    })
  }
  const leftOver = interrupted.filter((entry) => !downloads.some((item) => item.uri === entry.uri))

  return (
    <div className="downloads" data-testid="downloads">
      <h3>{t('downloads.title')}</h3>
      <p className="muted">{t('downloads.lead')}</p>
      <form className="row wrap" onSubmit={submit}>
        <label className="grow">
          {t('downloads.uri')}
          <input value={uri} onChange={(event) => setUri(event.target.value)} placeholder="hf:Qwen/Qwen3-1.7B-GGUF:Q8_0" data-testid="download-uri" />
        </label>
        <label>
          {t('downloads.sha256')}
          <input value={sha256} onChange={(event) => setSha256(event.target.value)} placeholder={t('downloads.sha256Optional')} data-testid="download-sha" />
        </label>
        <button type="submit" disabled={!uri.trim()} data-testid="download-start">
          <Download size={16} aria-hidden="true" /> {t('downloads.start')}
        </button>
      </form>
      {error && (
        <p className="error" role="alert" data-testid="downloads-error">
          {error}
        </p>
      )}
      {leftOver.length > 0 && (
        <ul className="downloads-list">
          {leftOver.map((entry) => (
            <li key={entry.uri} className="download" data-testid="download-interrupted">
              <div className="row">
                <strong className="grow">{entry.fileName}</strong>
                <span className="badge state-cancelled">{t('downloads.state.cancelled')}</span>
              </div>
              <p className="muted">
                {t('downloads.leftOver', { size: formatBytes(entry.downloadedBytes), total: entry.totalBytes === null ? '?' : formatBytes(entry.totalBytes) })}
              </p>
              <button type="button" onClick={() => void start(entry.uri)}>
                <RotateCw size={16} aria-hidden="true" /> {t('downloads.resume')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {downloads.length > 0 && (
        <ul className="downloads-list">
          {downloads.map((item) => (
            <DownloadRow key={item.id} item={item} />
          ))}
        </ul>
      )}
    </div>
  )
}
