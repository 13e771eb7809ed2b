import { useTranslation } from 'react-i18next'

interface EmptyStateProps {
  title: string
  steps: string[]
}

/** What a view will show once it has something, and what to set up first. */
export function EmptyState({ title, steps }: EmptyStateProps) {
  const { t } = useTranslation()
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      <p className="empty-state-label">{t('emptyState.setupFirst')}</p>
      <ol>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  )
}
