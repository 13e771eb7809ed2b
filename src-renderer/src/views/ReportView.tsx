import { FileDown, FileJson } from 'lucide-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { exportPagePdf } from '../api/print-pdf'
import { saveFile } from '../api/save-file'
import { localized } from '../components/practice/localized'
import { ChecklistSections } from '../components/report/ChecklistSections'
import { CritiquePanel } from '../components/report/CritiquePanel'
import { OutcomeDetails } from '../components/report/OutcomeDetails'
import { ReplayPanel } from '../components/report/ReplayPanel'
import { ScoreChart } from '../components/report/ScoreChart'
import { useAppStore } from '../store/hooks'

/** The feedback page of one finished session: score, breakdown, evidence, the answer, a critique and the replay. */
export function ReportView({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation()
  const report = useAppStore((state) => (state.report?.view.session.id === sessionId ? state.report : null))
  const error = useAppStore((state) => state.reportError)
  const critiqueState = useAppStore((state) => state.critiqueState)
  const loadReport = useAppStore((state) => state.loadReport)
  const requestCritique = useAppStore((state) => state.requestCritique)
  // null: at the end of the session (the whole transcript shown).
  const [chosenStep, setStep] = useState<number | null>(null)

  useEffect(() => void loadReport(sessionId), [loadReport, sessionId])

  if (!report) {
    return (
      <article className="view" data-testid="view-report">
        <h1>{t('report.title')}</h1>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : (
          <p className="muted">{t('report.loading')}</p>
        )}
      </article>
    )
  }

  const { view, score } = report
  const step = chosenStep ?? report.timeline.length
  const language = view.session.language
  const title = localized(view.presentation.title, language)
  const fileName = `cliniclab-report-${view.session.caseId}-${view.session.startedAt.slice(0, 10)}`
  // A turn link shows the replay up to and including the patient's answer to that question.
  const showTurn = (turn: number) => {
    const question = report.timeline.findIndex((entry) => entry.kind === 'message' && entry.turn === turn)
    setStep(Math.min(report.timeline.length, question + 2))
    document.getElementById('replay-title')?.scrollIntoView({ behavior: 'smooth' })
  }

  return (
    <article className="view report" data-testid="view-report" lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <header className="report-header">
        <div>
          <p className="muted">
            <a href="#/results" className="no-print">
              {t('report.back')}
            </a>
          </p>
          <h1>{t('report.titleFor', { title })}</h1>
          <p className="muted">
            {new Date(view.session.startedAt).toLocaleString(i18n.language)} · {t('report.questions', { count: score.efficiency.questions })}
            {score.efficiency.durationMinutes !== null && ` · ${t('report.minutes', { minutes: score.efficiency.durationMinutes })}`} · {t('report.scorer', { version: score.scorerVersion })}
          </p>
        </div>
        <div className="score-total" data-testid="score-total" aria-label={t('report.score')}>
          <span className="score-number">{score.total}</span>
          <span className="muted">/ 100</span>
        </div>
      </header>
      <div className="row no-print report-actions">
        <button type="button" className="secondary" onClick={() => void exportPagePdf(`${fileName}.pdf`)} data-testid="export-pdf">
          <FileDown size={16} aria-hidden="true" /> {t('report.exportPdf')}
        </button>
        <button type="button" className="secondary" onClick={() => saveFile(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }), `${fileName}.json`)} data-testid="export-json">
          <FileJson size={16} aria-hidden="true" /> {t('report.exportJson')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}

      <section className="panel" aria-labelledby="breakdown-title">
        <h2 id="breakdown-title">{t('report.breakdown')}</h2>
        <ScoreChart components={score.components} />
        <p className="help">{t('report.efficiency', { productive: score.efficiency.productiveQuestions, questions: score.efficiency.questions })}</p>
        {report.scoreHistory.length > 1 && (
          <p className="help" data-testid="score-history">
            {t('report.otherScores')}: {report.scoreHistory.map((entry) => `${entry.scorerVersion} ${entry.total}`).join(' · ')}
          </p>
        )}
      </section>

      <OutcomeDetails report={report} onTurn={showTurn} />
      <ChecklistSections score={score} language={language} onTurn={showTurn} />
      <CritiquePanel report={report} running={critiqueState === 'running'} onRequest={() => void requestCritique()} />

      {view.outcome?.teachingNotes && (
        <section className="panel" aria-labelledby="teaching-title">
          <h2 id="teaching-title">{t('practice.teaching')}</h2>
          <p className="teaching">{localized(view.outcome.teachingNotes, language)}</p>
        </section>
      )}

      <ReplayPanel report={report} step={Math.max(1, step)} onStep={(next) => setStep(Math.min(report.timeline.length, Math.max(1, next)))} />
    </article>
  )
}
