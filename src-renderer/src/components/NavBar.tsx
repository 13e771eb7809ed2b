import { BarChart3, Cpu, Trophy, FolderOpen, LibraryBig, MessageSquareText, Settings, Stethoscope, Wrench, type LucideIcon } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { viewIds, type ViewId } from '../navigation'

// Icons are bundled SVG, so they render without any system emoji font.
const icons: Record<ViewId, LucideIcon> = {
  patient: Stethoscope,
  assistant: MessageSquareText,
  knowledge: LibraryBig,
  cases: FolderOpen,
  results: Trophy,
  models: Cpu,
  training: Wrench,
  benchmarks: BarChart3,
  settings: Settings
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
        {viewIds.map((id) => {
          const Icon = icons[id]
          return (
            <li key={id}>
              <a href={`#/${id}`} aria-current={id === current ? 'page' : undefined} data-view={id}>
                <Icon className="nav-icon" size={18} aria-hidden="true" />
                {t(`nav.${id}`)}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
