import { useTranslation } from 'react-i18next'
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { VllmMetricsView } from '../../../../src-main/contract/vllm'

/** vLLM's load over the last minutes: requests running and waiting, and the KV cache in use (%). */
export function VllmMetricsChart({ samples }: { samples: VllmMetricsView[] }) {
  const { t } = useTranslation()
  const last = samples.at(-1)
  const data = samples.map((sample) => ({
    time: new Date(sample.at).toLocaleTimeString(),
    running: sample.running,
    waiting: sample.waiting,
    kv: sample.kvCacheUsage === null ? null : Math.round(sample.kvCacheUsage * 1000) / 10
  }))
  return (
    <div className="vllm-metrics" data-testid="vllm-metrics">
      <dl className="facts">
        <dt>{t('vllm.metrics.running')}</dt>
        <dd data-testid="vllm-running">{last?.running ?? '—'}</dd>
        <dt>{t('vllm.metrics.waiting')}</dt>
        <dd>{last?.waiting ?? '—'}</dd>
        <dt>{t('vllm.metrics.kv')}</dt>
        <dd data-testid="vllm-kv">{last?.kvCacheUsage == null ? '—' : `${(last.kvCacheUsage * 100).toFixed(1)} %`}</dd>
        <dt>{t('vllm.metrics.ttft')}</dt>
        <dd>{last?.meanTtftMs == null ? '—' : `${last.meanTtftMs.toFixed(0)} ms`}</dd>
        <dt>{t('vllm.metrics.itl')}</dt>
        <dd>{last?.meanItlMs == null ? '—' : `${last.meanItlMs.toFixed(1)} ms`}</dd>
      </dl>
      {data.length > 1 ? (
        <ResponsiveContainer width="100%" height={180}>
          <LineChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="time" minTickGap={40} />
            <YAxis yAxisId="requests" allowDecimals={false} width={32} />
            <YAxis yAxisId="kv" orientation="right" domain={[0, 100]} unit="%" width={44} />
            <Tooltip />
            <Legend />
            <Line yAxisId="requests" dataKey="running" name={t('vllm.metrics.running')} stroke="var(--accent)" dot={false} isAnimationActive={false} />
            <Line yAxisId="requests" dataKey="waiting" name={t('vllm.metrics.waiting')} stroke="var(--warning)" dot={false} isAnimationActive={false} />
            <Line yAxisId="kv" dataKey="kv" name={t('vllm.metrics.kv')} stroke="var(--muted)" strokeDasharray="4 2" dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      ) : (
        <p className="muted">{t('vllm.metrics.collecting')}</p>
      )}
    </div>
  )
}
