import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaseSummary } from '../../../../src-main/contract/cases'
import { localized } from './localized'

interface CasePickerProps {
  cases: CaseSummary[]
  /** Each pack's languages: a case is offered only in a language its pack has. */
  packLanguages: Record<string, string[]>
  onStart(packId: string, caseId: string, language: 'zh' | 'en'): void
}

export function CasePicker({ cases, packLanguages, onStart }: CasePickerProps) {
  const { t, i18n } = useTranslation()
  const [specialty, setSpecialty] = useState('')
  const [difficulty, setDifficulty] = useState('')
  const [language, setLanguage] = useState<'zh' | 'en'>(i18n.language.startsWith('zh') ? 'zh' : 'en')
  const specialties = useMemo(() => [...new Set(cases.map((item) => item.specialty))].sort(), [cases])
  const shown = cases.filter(
    (item) =>
      (!specialty || item.specialty === specialty) &&
      (!difficulty || item.difficulty === difficulty) &&
      (packLanguages[item.packId]?.includes(language) ?? true)
  )
  return (
    <section className="panel" aria-labelledby="case-picker-title">
      <h2 id="case-picker-title">{t('practice.pickCase')}</h2>
      <div className="row filters">
        <label>
          {t('practice.filterSpecialty')}{' '}
          <select value={specialty} onChange={(event) => setSpecialty(event.target.value)} data-testid="filter-specialty">
            <option value="">{t('practice.all')}</option>
            {specialties.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('practice.filterDifficulty')}{' '}
          <select value={difficulty} onChange={(event) => setDifficulty(event.target.value)}>
            <option value="">{t('practice.all')}</option>
            {(['easy', 'medium', 'hard'] as const).map((level) => (
              <option key={level} value={level}>
                {t(`practice.difficulty.${level}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('practice.sessionLanguage')}{' '}
          <select value={language} onChange={(event) => setLanguage(event.target.value as 'zh' | 'en')} data-testid="session-language">
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <ul className="case-list" data-testid="case-list">
        {shown.map((item) => (
          <li key={`${item.packId}/${item.id}`}>
            <div>
              <strong>{localized(item.title, language)}</strong>
              <span className="muted">
                {' '}
                · {item.specialty} · {t(`practice.difficulty.${item.difficulty}`)} · {item.packId}
              </span>
            </div>
            <button type="button" onClick={() => onStart(item.packId, item.id, language)} data-testid={`start-${item.id}`}>
              {t('practice.start')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
