import { CheckCircle2, CircleHelp, XCircle } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { Report } from '../../../../src-main/contract/assessment'
import { localized } from '../practice/localized'

interface Props {
  score: Report['score']
  language: string
  /** Jumps the replay to the turn a point was earned at. */
  onTurn(turn: number): void
}

/** The checklist by section: what was earned (with the turn and the student's words) and what was missed (with a question that would have found it). */
export function ChecklistSections({ score, language, onTurn }: Props) {
  const { t } = useTranslation()
  return (
    <section className="panel" aria-labelledby="checklist-title" data-testid="checklist">
      <h2 id="checklist-title">{t('report.checklist')}</h2>
      {score.checklist.generated && <p className="help">{t('report.generatedChecklist')}</p>}
      {score.sections.map((section) => {
        const items = score.checklist.items.filter((item) => item.section === section.id)
        return (
          <div key={section.id} className="checklist-section" data-testid={`section-${section.id}`}>
            <h3>
              {localized(section.label, language)}{' '}
              <span className="muted">
                {section.earnedItems}/{section.items}
              </span>
            </h3>
            <meter min={0} max={section.total || 1} value={section.earned} aria-label={localized(section.label, language)} />
            <ul className="checklist">
              {items.map((item) => (
                <li key={item.id} className={`item-${item.status}`} data-testid={`item-${item.id}`} data-status={item.status}>
                  {item.status === 'earned' ? <CheckCircle2 size={16} className="good-icon" aria-label={t('report.earned')} /> : item.status === 'missed' ? <XCircle size={16} className="bad-icon" aria-label={t('report.missed')} /> : <CircleHelp size={16} className="muted" aria-label={t('report.critiqueOnly')} />}
                  <div>
                    <span>{localized(item.label, language)}</span>
                    {item.status === 'earned' && item.turn !== null && (
                      <div className="evidence">
                        <button type="button" className="link" onClick={() => onTurn(item.turn!)}>
                          {item.turn === 0 ? t('report.beforeQuestions') : t('report.turn', { turn: item.turn })}
                        </button>{' '}
                        <q>{item.quote}</q>
                      </div>
                    )}
                    {item.status === 'missed' && item.suggestion && <div className="suggestion">{t('report.tryAsking', { question: localized(item.suggestion, language) })}</div>}
                    {item.status === 'critique' && <div className="muted">{t('report.critiqueOnly')}</div>}
                  </div>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </section>
  )
}
