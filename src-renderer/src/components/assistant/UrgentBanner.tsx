import { TriangleAlert } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { TraceView } from '../../../../src-main/contract/assistant'

/** Red flags come before anything else in an answer. */
export function UrgentBanner({ flags, text }: { flags: TraceView['redFlags']; text: string | null }) {
  const { t, i18n } = useTranslation()
  const zh = i18n.language.startsWith('zh')
  return (
    <div className="urgent" role="alert" data-testid="urgent-banner">
      <TriangleAlert size={20} aria-hidden="true" />
      <div>
        <strong>{t('assistant.urgent')}</strong>
        <span className="urgent-flags"> · {flags.map((flag) => (zh ? flag.label.zh : flag.label.en)).join('、')}</span>
        {text && <p>{text}</p>}
      </div>
    </div>
  )
}
