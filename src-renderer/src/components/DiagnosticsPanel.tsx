import { useTranslation } from 'react-i18next'
import type { Health } from '../../../src-main/contract/system'
import type { Transport } from '../api/transport'

function formatDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`
}

export function DiagnosticsPanel({ health, transport }: { health: Health | null; transport: Transport }) {
  const { t } = useTranslation()
  if (!health) return null
  const rows: [string, string][] = [
    [t('settings.version'), health.version],
    [t('settings.dataFolder'), health.dataDir],
    [t('settings.database'), `${health.databaseFile} (${t('settings.schema', { version: health.schemaVersion })})`],
    [t('settings.uptime'), formatDuration(health.uptimeMs)],
    [t('settings.node'), `${health.node} · ${health.platform}`],
    [t('settings.transport'), t(`settings.transports.${transport}`)]
  ]
  return (
    <section className="panel" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{t('settings.diagnostics')}</h2>
      <dl className="facts" data-testid="diagnostics">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
