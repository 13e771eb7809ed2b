import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RoleName } from '../../../../src-main/contract/engines'
import { useAppStore } from '../../store/hooks'

// A record, so the type checker insists on every role (the renderer takes only types from the contract).
const roleOrder: Record<RoleName, number> = { patient: 0, assistant: 1, extractor: 2, critic: 3, judge: 4, teacher: 5 }
const roleNames = (Object.keys(roleOrder) as RoleName[]).sort((a, b) => roleOrder[a] - roleOrder[b])

/** Which model and adapter each job runs on; the local engine's model and adapters can be picked directly. */
export function RolesPanel() {
  const { t } = useTranslation()
  const engine = useAppStore((state) => state.engine)
  const roles = useAppStore((state) => state.roles)
  const endpoints = useAppStore((state) => state.endpoints)
  const busy = useAppStore((state) => state.enginesBusy)
  const assignRole = useAppStore((state) => state.assignRole)
  const unassignRole = useAppStore((state) => state.unassignRole)
  const [choice, setChoice] = useState<Partial<Record<RoleName, string>>>({})
  const ready = engine?.state === 'ready' && engine.model
  const options = ready ? [{ value: '', label: engine.model! }, ...engine.adapters.map((adapter) => ({ value: adapter, label: `${engine.model} + ${adapter}` }))] : []

  return (
    <section className="panel" aria-labelledby="roles-title" data-testid="roles">
      <h2 id="roles-title">{t('engines.rolesTitle')}</h2>
      <p className="muted">{t('engines.rolesLead')}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('engines.role')}</th>
            <th>{t('engines.assigned')}</th>
            <th>{t('engines.sampling')}</th>
            <th>{t('engines.assignLocal')}</th>
          </tr>
        </thead>
        <tbody>
          {roleNames.map((role) => {
            const row = roles.find((entry) => entry.role === role)
            const endpoint = row && endpoints.find((entry) => entry.id === row.endpointId)
            return (
              <tr key={role} data-testid={`role-${role}`}>
                <td>{t(`engines.roles.${role}`)}</td>
                <td>{row ? `${endpoint?.name ?? '?'} / ${row.model}${row.adapter ? ` + ${row.adapter}` : ''}` : <span className="muted">{t('engines.unassigned')}</span>}</td>
                <td className="muted">{row ? Object.entries(row.sampling).map(([key, value]) => `${key} ${String(value)}`).join(' · ') : '—'}</td>
                <td>
                  {ready ? (
                    <div className="row">
                      <select value={choice[role] ?? ''} onChange={(event) => setChoice((current) => ({ ...current, [role]: event.target.value }))} aria-label={t('engines.assignFor', { role: t(`engines.roles.${role}`) })} data-testid={`assign-${role}-choice`}>
                        {options.map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.label}
                          </option>
                        ))}
                      </select>
                      <button type="button" disabled={busy} onClick={() => void assignRole(role, { endpointId: 'local', model: engine.model!, adapter: choice[role] || null })} data-testid={`assign-${role}`}>
                        {t('engines.assign')}
                      </button>
                      {row && (
                        <button type="button" disabled={busy} onClick={() => void unassignRole(role)}>
                          {t('engines.unassign')}
                        </button>
                      )}
                    </div>
                  ) : (
                    <span className="muted">{t('engines.startFirst')}</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="muted">{t('engines.remoteHint')}</p>
    </section>
  )
}
