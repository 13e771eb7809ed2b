import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RoleName } from '../../../../src-main/contract/engines'
import { useAppStore } from '../../store/hooks'

// A record, so the type checker insists on every role (the renderer takes only types from the contract).
const roleOrder: Record<RoleName, number> = { patient: 0, assistant: 1, extractor: 2, critic: 3, judge: 4, teacher: 5 }
const roleNames = (Object.keys(roleOrder) as RoleName[]).sort((a, b) => roleOrder[a] - roleOrder[b])

interface Target {
  endpointId: string
  model: string
  adapter: string | null
}

/** Which model and adapter each job runs on: the local engine, vLLM, or a server added below, with the models each offers. */
export function RolesPanel() {
  const { t } = useTranslation()
  const engine = useAppStore((state) => state.engine)
  const vllm = useAppStore((state) => state.vllm)
  const roles = useAppStore((state) => state.roles)
  const endpoints = useAppStore((state) => state.endpoints)
  const endpointModels = useAppStore((state) => state.endpointModels)
  const busy = useAppStore((state) => state.enginesBusy)
  const assignRole = useAppStore((state) => state.assignRole)
  const unassignRole = useAppStore((state) => state.unassignRole)
  const [choice, setChoice] = useState<Partial<Record<RoleName, string>>>({})
  // Sampling as typed; empty means the role's default (judge, extractor and critic at temperature 0).
  const [sampling, setSampling] = useState<Partial<Record<RoleName, { temperature: string; maxTokens: string }>>>({})

  // Every target that can be assigned now, grouped by where it runs; values are JSON so one select carries all three parts.
  const groups: { label: string; targets: { value: string; label: string }[] }[] = []
  const option = (target: Target, label: string) => ({ value: JSON.stringify(target), label })
  if (engine?.state === 'ready' && engine.model) {
    const model = engine.model
    groups.push({ label: t('engines.local'), targets: [option({ endpointId: 'local', model, adapter: null }, model), ...engine.adapters.map((adapter) => option({ endpointId: 'local', model, adapter }, `${model} + ${adapter}`))] })
  }
  const vllmSettings = vllm?.settings
  if (vllmSettings) {
    const model = vllmSettings.servedName
    groups.push({ label: t('vllm.title'), targets: [option({ endpointId: 'vllm', model, adapter: null }, model), ...vllmSettings.adapters.map((adapter) => option({ endpointId: 'vllm', model, adapter: adapter.name }, `${model} + ${adapter.name}`))] })
  }
  for (const endpoint of endpoints.filter((entry) => entry.kind === 'openai-compatible')) {
    const models = endpointModels[endpoint.id] ?? []
    if (models.length > 0) groups.push({ label: endpoint.name, targets: models.map((model) => option({ endpointId: endpoint.id, model, adapter: null }, model)) })
  }
  const firstTarget = groups[0]?.targets[0]?.value ?? ''

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
            <th>{t('engines.assignTo')}</th>
          </tr>
        </thead>
        <tbody>
          {roleNames.map((role) => {
            const row = roles.find((entry) => entry.role === role)
            const endpoint = row && endpoints.find((entry) => entry.id === row.endpointId)
            const selected = choice[role] ?? firstTarget
            const typed = sampling[role] ?? { temperature: row?.sampling.temperature?.toString() ?? '', maxTokens: row?.sampling.maxTokens?.toString() ?? '' }
            const edit = (key: 'temperature' | 'maxTokens', value: string) => setSampling((current) => ({ ...current, [role]: { ...typed, [key]: value } }))
            const chosenSampling = { ...(typed.temperature ? { temperature: Number(typed.temperature) } : {}), ...(typed.maxTokens ? { maxTokens: Number(typed.maxTokens) } : {}) }
            return (
              <tr key={role} data-testid={`role-${role}`}>
                <td>{t(`engines.roles.${role}`)}</td>
                <td>{row ? `${endpoint?.name ?? '?'} / ${row.model}${row.adapter ? ` + ${row.adapter}` : ''}` : <span className="muted">{t('engines.unassigned')}</span>}</td>
                <td className="muted">{row ? Object.entries(row.sampling).map(([key, value]) => `${key} ${String(value)}`).join(' · ') : '—'}</td>
                <td>
                  {groups.length > 0 ? (
                    <div className="row">
                      <select value={selected} onChange={(event) => setChoice((current) => ({ ...current, [role]: event.target.value }))} aria-label={t('engines.assignFor', { role: t(`engines.roles.${role}`) })} data-testid={`assign-${role}-choice`}>
                        {groups.map((group) => (
                          <optgroup key={group.label} label={group.label}>
                            {group.targets.map((target) => (
                              <option key={target.value} value={target.value}>
                                {target.label}
                              </option>
                            ))}
                          </optgroup>
                        ))}
                      </select>
                      <input type="number" className="narrow" min={0} max={2} step={0.1} value={typed.temperature} placeholder={t('engines.temperature')} title={t('engines.temperature')} aria-label={t('engines.temperatureFor', { role: t(`engines.roles.${role}`) })} onChange={(event) => edit('temperature', event.target.value)} data-testid={`temperature-${role}`} />
                      <input type="number" className="narrow" min={1} max={32768} step={1} value={typed.maxTokens} placeholder={t('engines.maxTokens')} title={t('engines.maxTokens')} aria-label={t('engines.maxTokensFor', { role: t(`engines.roles.${role}`) })} onChange={(event) => edit('maxTokens', event.target.value)} data-testid={`max-tokens-${role}`} />
                      <button type="button" disabled={busy || !selected} onClick={() => void assignRole(role, JSON.parse(selected) as Target, chosenSampling)} data-testid={`assign-${role}`}>
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
    </section>
  )
}
