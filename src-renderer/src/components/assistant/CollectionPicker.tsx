import { useTranslation } from 'react-i18next'
import type { CollectionView } from '../../../../src-main/contract/knowledge'

interface CollectionPickerProps {
  collections: CollectionView[]
  chosen: string[]
  disabled: boolean
  onChange(collections: string[]): void
}

/** Which collections this conversation's answers may cite; each tick is saved at once. */
export function CollectionPicker({ collections, chosen, disabled, onChange }: CollectionPickerProps) {
  const { t } = useTranslation()
  // A removed collection's id may linger in the conversation; it is dropped on the next change.
  const live = chosen.filter((id) => collections.some((collection) => collection.id === id))
  const toggle = (id: string, on: boolean) => onChange(on ? [...live, id] : live.filter((other) => other !== id))
  return (
    <section className="panel" aria-labelledby="picker-title" data-testid="collection-picker">
      <h2 id="picker-title">{t('assistant.collections')}</h2>
      <p className="muted">{t('assistant.collectionsHelp')}</p>
      <ul className="checklist">
        {collections.map((collection) => (
          <li key={collection.id}>
            <label>
              <input type="checkbox" checked={live.includes(collection.id)} disabled={disabled} onChange={(event) => toggle(collection.id, event.target.checked)} /> {collection.name}{' '}
              <span className="muted">({t('knowledge.documentCount', { count: collection.documents, chunks: collection.chunks })})</span>
            </label>
          </li>
        ))}
      </ul>
      {live.length === 0 && <p className="warning">{t('assistant.noCollections')}</p>}
    </section>
  )
}
