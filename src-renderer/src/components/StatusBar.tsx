import { useTranslation } from 'react-i18next'
import type { EngineStatus } from '../../../src-main/contract/engines'
import type { Health } from '../../../src-main/contract/system'

interface StatusBarProps {
  connection: 'connecting' | 'online' | 'offline'
  engine: EngineStatus | null
  health: Health | null
}

export function StatusBar({ connection, engine, health }: StatusBarProps) {
  const { t } = useTranslation()
  const engineText = !engine || engine.state === 'idle' ? t('status.noModel') : `${engine.model ?? ''} · ${t(`engines.state.${engine.state}`)}`
  return (
    <footer className="status-bar" role="status">
      <span className={`status-dot status-${connection}`} aria-hidden="true" />
      {connection === 'online' ? (
        <>
          <span data-testid="engine-status">
            {t('status.engine')}: {engineText}
          </span>
          <span data-testid="data-folder" title={health?.dataDir}>
            {t('status.data')}: {health?.dataDir}
          </span>
          <span className="status-version">v{health?.version}</span>
        </>
      ) : (
        <span>{connection === 'connecting' ? t('status.connecting') : t('status.offline')}</span>
      )}
    </footer>
  )
}
