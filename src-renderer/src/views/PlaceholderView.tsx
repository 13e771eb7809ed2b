import { useTranslation } from 'react-i18next'
import { EmptyState } from '../components/EmptyState'
import type { ViewId } from '../navigation'

/** A view whose feature is not built yet: it says what it will do and what to set up first. */
export function PlaceholderView({ id }: { id: Exclude<ViewId, 'settings' | 'patient' | 'assistant' | 'knowledge' | 'cases' | 'results' | 'models'> }) {
  const { t } = useTranslation()
  return (
    <article className="view" data-testid={`view-${id}`}>
      <header>
        <h1>{t(`views.${id}.title`)}</h1>
        <p className="lead">{t(`views.${id}.lead`)}</p>
      </header>
      <EmptyState title={t(`views.${id}.emptyTitle`)} steps={t(`views.${id}.steps`, { returnObjects: true }) as string[]} />
    </article>
  )
}
