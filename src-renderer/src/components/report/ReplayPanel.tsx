import { ChevronFirst, ChevronLast, ChevronLeft, ChevronRight } from 'lucide-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Report } from '../../../../src-main/contract/assessment'
import { localized } from '../practice/localized'

interface Props {
  report: Report
  /** How many timeline entries are shown (1…length). */
  step: number
  onStep(step: number): void
}

/**
 * Steps through the session exactly as the student saw it, one message or
 * order at a time; the newest entry carries what it revealed, what it earned
 * and how the order was graded.
 */
export function ReplayPanel({ report, step, onStep }: Props) {
  const { t } = useTranslation()
  const language = report.view.session.language
  const { timeline } = report
  const current = useRef<HTMLLIElement>(null)
  const list = useRef<HTMLOListElement>(null)
  const labels = new Map(report.score.checklist.items.map((item) => [item.id, localized(item.label, language)]))
  // Keeps the newest entry in view by scrolling the list only: the page stays where the reader is.
  useEffect(() => {
    const entry = current.current
    const box = list.current
    if (!entry || !box) return
    if (entry.offsetTop + entry.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = entry.offsetTop + entry.offsetHeight - box.clientHeight
    else if (entry.offsetTop < box.scrollTop) box.scrollTop = entry.offsetTop
  }, [step])
  const shown = timeline.slice(0, step)
  return (
    <section className="panel replay" aria-labelledby="replay-title" data-testid="replay">
      <div className="row">
        <h2 id="replay-title" className="grow">
          {t('report.replay')}
        </h2>
        <span className="muted" data-testid="replay-position">
          {t('report.step', { step, total: timeline.length })}
        </span>
      </div>
      <div className="row replay-controls no-print">
        <button type="button" className="secondary icon" onClick={() => onStep(1)} disabled={step <= 1} aria-label={t('report.first')}>
          <ChevronFirst size={16} />
        </button>
        <button type="button" className="secondary icon" onClick={() => onStep(step - 1)} disabled={step <= 1} aria-label={t('report.previous')} data-testid="replay-previous">
          <ChevronLeft size={16} />
        </button>
        <input type="range" className="grow" min={1} max={Math.max(1, timeline.length)} value={step} onChange={(event) => onStep(Number(event.target.value))} aria-label={t('report.replay')} />
        <button type="button" className="secondary icon" onClick={() => onStep(step + 1)} disabled={step >= timeline.length} aria-label={t('report.next')} data-testid="replay-next">
          <ChevronRight size={16} />
        </button>
        <button type="button" className="secondary icon" onClick={() => onStep(timeline.length)} disabled={step >= timeline.length} aria-label={t('report.last')}>
          <ChevronLast size={16} />
        </button>
      </div>
      <ol ref={list} className="replay-list" lang={language === 'zh' ? 'zh-CN' : 'en'}>
        {shown.map((entry, index) => {
          const latest = index === shown.length - 1
          if (entry.kind === 'order') {
            return (
              <li key={`o${entry.order.id}`} ref={latest ? current : undefined} className={`replay-order${latest ? ' current' : ''}`} data-testid="replay-entry">
                <strong>{t('report.ordered', { name: localized(entry.order.name, language) || entry.order.text })}</strong> <span className={`grade grade-${entry.grade}`}>{t(`report.grades.${entry.grade}`)}</span>
                <div className="order-result">{localized(entry.order.result, language)}</div>
              </li>
            )
          }
          const { message } = entry
          return (
            <li key={`m${message.id}`} ref={latest ? current : undefined} className={`replay-message ${message.role}${latest ? ' current' : ''}`} data-testid="replay-entry">
              <div className={`bubble ${message.role}`}>
                {entry.turn !== null && <span className="turn-number">{entry.turn}</span>}
                {message.text}
              </div>
              {latest && entry.revealed.length > 0 && (
                <div className="annotation" data-testid="replay-revealed">
                  {t('report.revealed')}: {entry.revealed.map((fact) => localized(fact.text, language)).join('；')}
                </div>
              )}
              {latest && entry.earnedItemIds.length > 0 && (
                <div className="annotation good" data-testid="replay-earned">
                  {t('report.earnedHere')}: {entry.earnedItemIds.map((id) => labels.get(id) ?? id).join('；')}
                </div>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
