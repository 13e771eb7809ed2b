import { useTranslation } from 'react-i18next'
import { viewIds, type ViewId } from '../navigation'

const icons: Record<ViewId, string> = {
  patient: '🩺',
  assistant: '💬',
  cases: '📁',
  models: '🧠',
  training: '🛠',
  benchmarks: '📊',
  settings: '⚙'
}

export function NavBar({ current }: { current: ViewId }) {
  const { t } = useTranslation()
  return (
    <nav className="nav" aria-label="ClinicLab">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <ul>
        {viewIds.map((id) => (
          <li key={id}>
            <a href={`#/${id}`} aria-current={id === current ? 'page' : undefined} data-view={id}>
              <span className="nav-icon" aria-hidden="true">
                {icons[id]}
              </span>
              {t(`nav.${id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
