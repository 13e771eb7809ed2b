import { useTranslation } from 'react-i18next'
import type { TickStream } from '../store/ticks-slice'

interface TickStreamPanelProps {
  stream: TickStream
  onStart(): void
  onCancel(): void
}

export function TickStreamPanel({ stream, onStart, onCancel }: TickStreamPanelProps) {
  const { t } = useTranslation()
  const statusText = {
    idle: t('settings.streamIdle'),
    running: t('settings.streamRunning'),
    cancelled: t('settings.streamCancelled', { count: stream.count }),
    ended: t('settings.streamEnded', { count: stream.count }),
    error: stream.error ?? ''
  }[stream.status]
  return (
    <section className="panel" aria-labelledby="stream-title">
      <h2 id="stream-title">{t('settings.streamTitle')}</h2>
      <p className="help">{t('settings.streamHelp')}</p>
      <div className="row">
        <button type="button" onClick={onStart} disabled={stream.status === 'running'} data-testid="stream-start">
          {t('settings.start')}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={stream.status !== 'running'} data-testid="stream-cancel">
          {t('settings.cancel')}
        </button>
        <span className={`stream-status stream-${stream.status}`} data-testid="stream-status" data-count={stream.count}>
          {statusText}
        </span>
      </div>
      <progress max={1} value={stream.status === 'running' ? undefined : 0} aria-hidden={stream.status !== 'running'} />
      <p data-testid="stream-count">{t('settings.ticksReceived', { count: stream.count })}</p>
    </section>
  )
}
