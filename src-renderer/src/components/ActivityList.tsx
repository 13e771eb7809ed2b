import { useTranslation } from 'react-i18next'
import type { AuditEntry } from '../../../src-main/contract/audit'

export function ActivityList({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation()
  return (
    <section className="panel" aria-labelledby="activity-title">
      <h2 id="activity-title">{t('settings.activity')}</h2>
      {entries.length === 0 ? (
        <p className="help">{t('settings.activityEmpty')}</p>
      ) : (
        <table className="activity" data-testid="activity">
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{new Date(entry.at).toLocaleString(i18n.language)}</td>
                <td>{entry.action}</td>
                <td>{entry.door}</td>
                <td className={`outcome-${entry.outcome}`}>{entry.outcome}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
