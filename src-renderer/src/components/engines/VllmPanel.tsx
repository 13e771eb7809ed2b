import { Play, Square } from 'lucide-react'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { VllmSettingsView, VllmStatusView } from '../../../../src-main/contract/vllm'
import { useAppStore } from '../../store/hooks'
import { VllmMetricsChart } from './VllmMetricsChart'

const blank: VllmSettingsView = { mode: 'native', distro: '', executable: 'vllm', model: '', servedName: 'base', maxModelLen: 8192, gpuMemoryUtilization: 0.85, adapters: [], maxLoraRank: 16, runtimeLora: false, extraArgs: [] }

/** "name=path" per line, as vLLM's own --lora-modules takes them. */
const adaptersToText = (adapters: VllmSettingsView['adapters']): string => adapters.map((adapter) => `${adapter.name}=${adapter.path}`).join('\n')
const textToAdapters = (text: string): VllmSettingsView['adapters'] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ name: line.slice(0, line.indexOf('=')).trim(), path: line.slice(line.indexOf('=') + 1).trim() }))

/** A failure in plain words: the localized cause and fix for known codes, vLLM's own words under them. */
function Cause({ cause, title }: { cause: NonNullable<VllmStatusView['cause']>; title: string }) {
  const { t } = useTranslation()
  return (
    <div className="failure" role="alert" data-testid="vllm-failure">
      <strong>{title}</strong>
      <p>{t(`vllm.causes.${cause.code}.cause`, { defaultValue: cause.cause })}</p>
      <p>{t(`vllm.causes.${cause.code}.fix`, { defaultValue: cause.fix })}</p>
      {cause.line && <pre className="log-line">{cause.line}</pre>}
      <p className="muted">{cause.code}</p>
    </div>
  )
}

/** vLLM's settings; saving starts (or restarts) the server with them. */
function SettingsForm({ initial, state, busy, running, onStart, onStop }: { initial: VllmSettingsView; state: VllmStatusView['state']; busy: boolean; running: boolean; onStart: (settings: VllmSettingsView) => void; onStop: () => void }) {
  const { t } = useTranslation()
  const [form, setForm] = useState<VllmSettingsView>(initial)
  const [adapterText, setAdapterText] = useState(adaptersToText(initial.adapters))
  const field = <K extends keyof VllmSettingsView>(key: K, value: VllmSettingsView[K]) => setForm((current) => ({ ...current, [key]: value }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onStart({ ...form, adapters: textToAdapters(adapterText) })
  }
  return (
    <form className="vllm-form" onSubmit={submit} data-testid="vllm-settings">
      <label>
        {t('vllm.mode')}
        <select value={form.mode} onChange={(event) => field('mode', event.target.value as VllmSettingsView['mode'])}>
          <option value="native">{t('vllm.modes.native')}</option>
          <option value="wsl">{t('vllm.modes.wsl')}</option>
        </select>
      </label>
      {form.mode === 'wsl' && (
        <label>
          {t('vllm.distro')}
          <input value={form.distro} placeholder="Ubuntu-24.04" onChange={(event) => field('distro', event.target.value)} />
        </label>
      )}
      <label>
        {t('vllm.executable')}
        <input value={form.executable} onChange={(event) => field('executable', event.target.value)} data-testid="vllm-executable" />
      </label>
      <label className="wide">
        {t('vllm.model')}
        <input value={form.model} placeholder="Qwen/Qwen3-8B" onChange={(event) => field('model', event.target.value)} required data-testid="vllm-model" />
      </label>
      <label>
        {t('vllm.servedName')}
        <input value={form.servedName} onChange={(event) => field('servedName', event.target.value)} />
      </label>
      <label>
        {t('vllm.maxModelLen')}
        <input type="number" min={256} step={256} value={form.maxModelLen} onChange={(event) => field('maxModelLen', Number(event.target.value))} />
      </label>
      <label>
        {t('vllm.gpuMemory')}
        <input type="number" min={0.1} max={0.99} step={0.01} value={form.gpuMemoryUtilization} onChange={(event) => field('gpuMemoryUtilization', Number(event.target.value))} />
      </label>
      <label className="wide">
        {t('vllm.adapters')}
        <textarea rows={2} value={adapterText} placeholder="persona-a=/home/me/lora/persona-a" onChange={(event) => setAdapterText(event.target.value)} />
      </label>
      <label>
        {t('vllm.maxLoraRank')}
        <input type="number" min={1} max={512} value={form.maxLoraRank} onChange={(event) => field('maxLoraRank', Number(event.target.value))} />
      </label>
      <label className="check">
        <input type="checkbox" checked={form.runtimeLora} onChange={(event) => field('runtimeLora', event.target.checked)} />
        {t('vllm.runtimeLora')}
      </label>
      <div className="row wide">
        <button type="submit" disabled={busy || state === 'starting' || state === 'stopping' || !form.model.trim()} data-testid="vllm-start">
          <Play size={16} aria-hidden="true" /> {state === 'ready' ? t('vllm.saveRestart') : t('vllm.saveStart')}
        </button>
        <button type="button" onClick={onStop} disabled={busy || !running} data-testid="vllm-stop">
          <Square size={16} aria-hidden="true" /> {t('vllm.stop')}
        </button>
      </div>
    </form>
  )
}

/** The supervised vLLM server: settings, start/stop, the cause of a failure, the live log and metrics. */
export function VllmPanel() {
  const { t } = useTranslation()
  const status = useAppStore((state) => state.vllm)
  const log = useAppStore((state) => state.vllmLog)
  const metrics = useAppStore((state) => state.vllmMetrics)
  const error = useAppStore((state) => state.vllmError)
  const busy = useAppStore((state) => state.vllmBusy)
  const watchVllm = useAppStore((state) => state.watchVllm)
  const save = useAppStore((state) => state.saveVllmSettings)
  const start = useAppStore((state) => state.startVllm)
  const stop = useAppStore((state) => state.stopVllm)
  const logEnd = useRef<HTMLPreElement>(null)

  useEffect(() => {
    const controller = new AbortController()
    void watchVllm(controller.signal)
    return () => controller.abort()
  }, [watchVllm])
  useEffect(() => {
    const box = logEnd.current
    if (box) box.scrollTop = box.scrollHeight
  }, [log])

  const state = status?.state ?? 'idle'
  const running = state === 'ready' || state === 'starting' || state === 'stopping' || Boolean(status?.restarting)

  return (
    <section className="panel" aria-labelledby="vllm-title" data-testid="vllm-panel">
      <div className="row">
        <h2 id="vllm-title" className="grow">
          {t('vllm.title')}
        </h2>
        <span className={`badge state-${state}`} data-testid="vllm-state">
          {t(`vllm.state.${state}`)}
        </span>
      </div>
      <p className="muted">{t('vllm.lead')}</p>
      {error && (
        <p className="error" role="alert" data-testid="vllm-error">
          {error}
        </p>
      )}
      {status?.cause && state === 'crashed' && <Cause cause={status.cause} title={status.restarting ? t('vllm.restarting') : t('vllm.failureTitle')} />}
      {status?.lastCrash && state === 'ready' && (
        <p className="muted" data-testid="vllm-last-crash">
          {t('vllm.lastCrash', { count: status.restarts, cause: t(`vllm.causes.${status.lastCrash.code}.cause`, { defaultValue: status.lastCrash.cause }) })}
        </p>
      )}
      {state === 'ready' && status && (
        <dl className="facts">
          <dt>{t('vllm.address')}</dt>
          <dd>
            <code>{status.baseUrl}</code>
          </dd>
          <dt>{t('vllm.served')}</dt>
          <dd>{[status.settings?.servedName, ...(status.settings?.adapters.map((adapter) => adapter.name) ?? [])].join(', ')}</dd>
          <dt>{t('vllm.pid')}</dt>
          <dd>{status.pid}</dd>
        </dl>
      )}

      {/* Mounted once the saved settings have arrived, so the form starts from them; after that it is the user's. */}
      {status && <SettingsForm initial={status.settings ?? blank} state={state} busy={busy} running={running} onStart={(settings) => void save(settings).then((saved) => (saved ? start() : undefined))} onStop={() => void stop()} />}
      {state === 'starting' && <progress aria-label={t('vllm.state.starting')} data-testid="vllm-progress" />}
      {state === 'ready' && <VllmMetricsChart samples={metrics} />}
      <details open={state === 'starting' || state === 'crashed'} className="vllm-log">
        <summary>{t('vllm.log', { file: status?.logFile ?? '' })}</summary>
        <pre ref={logEnd} className="log-tail" data-testid="vllm-log">
          {log.length > 0 ? log.join('\n') : t('vllm.logEmpty')}
        </pre>
      </details>
    </section>
  )
}
