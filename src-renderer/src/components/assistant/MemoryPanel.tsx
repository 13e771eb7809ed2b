import { Check, Pencil, Plus, Trash2, X } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { MemoryEntryView, MemoryKind } from '../../store/assistant-slice'

const kinds: MemoryKind[] = ['allergy', 'medication', 'condition', 'age', 'sex']

interface MemoryPanelProps {
  memory: MemoryEntryView[]
  summary: string
  disabled: boolean
  onAdd(kind: MemoryKind, value: string): Promise<boolean>
  onUpdate(id: string, kind: MemoryKind, value: string): Promise<boolean>
  onRemove(id: string): void
}

function KindSelect({ value, onChange, label }: { value: MemoryKind; onChange(kind: MemoryKind): void; label: string }) {
  const { t } = useTranslation()
  return (
    <select value={value} onChange={(event) => onChange(event.target.value as MemoryKind)} aria-label={label}>
      {kinds.map((kind) => (
        <option key={kind} value={kind}>
          {t(`assistant.memoryKinds.${kind}`)}
        </option>
      ))}
    </select>
  )
}

function MemoryRow({ entry, disabled, onUpdate, onRemove }: { entry: MemoryEntryView; disabled: boolean } & Pick<MemoryPanelProps, 'onUpdate' | 'onRemove'>) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState<{ kind: MemoryKind; value: string } | null>(null)
  if (editing) {
    const save = (event: FormEvent) => {
      event.preventDefault()
      if (editing.value.trim()) void onUpdate(entry.id, editing.kind, editing.value.trim()).then((saved) => saved && setEditing(null))
    }
    return (
      <li data-testid="memory-entry">
        <form className="row memory-edit" onSubmit={save}>
          <KindSelect value={editing.kind} onChange={(kind) => setEditing({ ...editing, kind })} label={t('assistant.memoryKind')} />
          <input className="grow" value={editing.value} maxLength={60} onChange={(event) => setEditing({ ...editing, value: event.target.value })} aria-label={t('assistant.memoryValue')} autoFocus />
          <button type="submit" className="icon" disabled={disabled || !editing.value.trim()} aria-label={t('assistant.saveMemory')} title={t('assistant.saveMemory')}>
            <Check size={14} aria-hidden="true" />
          </button>
          <button type="button" className="icon secondary" onClick={() => setEditing(null)} aria-label={t('assistant.cancelEdit')} title={t('assistant.cancelEdit')}>
            <X size={14} aria-hidden="true" />
          </button>
        </form>
      </li>
    )
  }
  return (
    <li className="row memory-entry" data-testid="memory-entry" data-kind={entry.kind}>
      <span className="tag">{t(`assistant.memoryKinds.${entry.kind}`)}</span>
      <span className="grow memory-value">{entry.value}</span>
      <span className="muted memory-source">{t(`assistant.memorySources.${entry.source}`)}</span>
      <button type="button" className="icon secondary" onClick={() => setEditing({ kind: entry.kind, value: entry.value })} disabled={disabled} aria-label={t('assistant.editMemory', { value: entry.value })} title={t('assistant.editMemory', { value: entry.value })}>
        <Pencil size={14} aria-hidden="true" />
      </button>
      <button type="button" className="icon secondary" onClick={() => onRemove(entry.id)} disabled={disabled} aria-label={t('assistant.deleteMemory', { value: entry.value })} title={t('assistant.deleteMemory', { value: entry.value })}>
        <Trash2 size={14} aria-hidden="true" />
      </button>
    </li>
  )
}

/** Entity memory (extracted from the conversation or entered here, all editable) and the summary of folded turns. */
export function MemoryPanel({ memory, summary, disabled, onAdd, onUpdate, onRemove }: MemoryPanelProps) {
  const { t } = useTranslation()
  const [kind, setKind] = useState<MemoryKind>('allergy')
  const [value, setValue] = useState('')
  const add = (event: FormEvent) => {
    event.preventDefault()
    if (value.trim()) void onAdd(kind, value.trim()).then((added) => added && setValue(''))
  }
  return (
    <section className="panel" aria-labelledby="memory-title" data-testid="memory-panel">
      <h2 id="memory-title">{t('assistant.memory')}</h2>
      <p className="muted">{t('assistant.memoryHelp')}</p>
      {memory.length === 0 && <p className="muted">{t('assistant.memoryEmpty')}</p>}
      <ul className="memory-list">
        {memory.map((entry) => (
          <MemoryRow key={entry.id} entry={entry} disabled={disabled} onUpdate={onUpdate} onRemove={onRemove} />
        ))}
      </ul>
      <form className="row memory-add" onSubmit={add}>
        <KindSelect value={kind} onChange={setKind} label={t('assistant.memoryKind')} />
        <input className="grow" value={value} maxLength={60} onChange={(event) => setValue(event.target.value)} placeholder={t('assistant.memoryPlaceholder')} aria-label={t('assistant.memoryValue')} data-testid="memory-value" />
        <button type="submit" disabled={disabled || !value.trim()} data-testid="memory-add">
          <Plus size={14} aria-hidden="true" /> {t('assistant.addMemory')}
        </button>
      </form>
      {summary && (
        <>
          <h3>{t('assistant.summary')}</h3>
          <p className="summary" data-testid="conversation-summary">
            {summary}
          </p>
        </>
      )}
    </section>
  )
}
