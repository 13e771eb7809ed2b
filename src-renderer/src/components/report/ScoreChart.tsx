import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import type { Report } from '../../../../src-main/contract/assessment'

/** The breakdown as horizontal bars: points earned over each part's maximum. */
export function ScoreChart({ components }: { components: Report['score']['components'] }) {
  const { t } = useTranslation()
  const data = components
    .filter((component) => component.applicable)
    .map((component) => ({ name: t(`report.components.${component.id}`), points: component.points, rest: Math.max(0, component.max - component.points), label: `${component.points} / ${component.max}` }))
  return (
    <div className="score-chart" data-testid="score-chart" role="img" aria-label={data.map((entry) => `${entry.name} ${entry.label}`).join(', ')}>
      <ResponsiveContainer width="100%" height={44 * data.length + 24}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 8, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis yAxisId="name" type="category" dataKey="name" width={120} tickLine={false} axisLine={false} />
          {/* The figures sit on a second axis at the right, so a full or empty bar still has its label. */}
          <YAxis yAxisId="figure" orientation="right" type="category" dataKey="label" width={80} tickLine={false} axisLine={false} />
          <Bar yAxisId="name" dataKey="points" stackId="score" fill="var(--accent)" isAnimationActive={false} />
          <Bar yAxisId="name" dataKey="rest" stackId="score" fill="var(--track)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
