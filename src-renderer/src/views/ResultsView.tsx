import { FileSpreadsheet } from 'lucide-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { saveFile } from '../api/save-file'
import { localized } from '../components/practice/localized'
import { reportHref } from '../navigation'
import { useAppStore } from '../store/hooks'

/** Results: a profile's history (averages, best per case, recurring omissions), leaderboards, and the CSV export for instructors. */
export function ResultsView() {
  const { t, i18n } = useTranslation()
  const profiles = useAppStore((state) => state.profiles)
  const profileId = useAppStore((state) => state.profileId)
  const history = useAppStore((state) => state.history)
  const leaderboard = useAppStore((state) => state.leaderboard)
  const cases = useAppStore((state) => state.cases)
  const error = useAppStore((state) => state.resultsError)
  const loadProfiles = useAppStore((state) => state.loadProfiles)
  const loadCases = useAppStore((state) => state.loadCases)
  const loadHistory = useAppStore((state) => state.loadHistory)
  const loadLeaderboard = useAppStore((state) => state.loadLeaderboard)
  const exportResultsCsv = useAppStore((state) => state.exportResultsCsv)
  const [pickedProfile, setShownProfile] = useState<string | null>(null)
  const shownProfile = pickedProfile ?? profileId ?? profiles?.[0]?.id ?? null
  const [caseKey, setCaseKey] = useState('')
  const language = i18n.language

  useEffect(() => {
    void loadProfiles()
    void loadCases()
  }, [loadProfiles, loadCases])
  useEffect(() => {
    if (shownProfile) void loadHistory(shownProfile)
  }, [shownProfile, loadHistory])
  useEffect(() => {
    const [packId, caseId] = caseKey ? caseKey.split('/') : []
    void loadLeaderboard(packId && caseId ? { packId, caseId } : {})
  }, [caseKey, loadLeaderboard])

  const exportCsv = async () => {
    const file = await exportResultsCsv()
    if (file) saveFile(file, file.name)
  }

  return (
    <article className="view" data-testid="view-results">
      <header>
        <h1>{t('views.results.title')}</h1>
        <p className="lead">{t('views.results.lead')}</p>
      </header>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}

      <section className="panel" aria-labelledby="history-title" data-testid="history">
        <div className="row">
          <h2 id="history-title" className="grow">
            {t('results.history')}
          </h2>
          <label>
            {t('results.profile')}{' '}
            <select value={shownProfile ?? ''} onChange={(event) => setShownProfile(event.target.value || null)} data-testid="history-profile">
              {(profiles ?? []).map((profile) => (
                <option key={profile.id} value={profile.id}>
                  {profile.displayName}
                </option>
              ))}
            </select>
          </label>
        </div>
        {!profiles?.length && <p className="muted">{t('results.noProfiles')}</p>}
        {history && shownProfile && (
          <>
            <dl className="stats">
              <div>
                <dt>{t('results.sessions')}</dt>
                <dd data-testid="history-count">{history.sessions.length}</dd>
              </div>
              <div>
                <dt>{t('results.average')}</dt>
                <dd>{history.average ?? '—'}</dd>
              </div>
              <div>
                <dt>{t('results.last5')}</dt>
                <dd>{history.last5Average ?? '—'}</dd>
              </div>
            </dl>
            {history.omissions.length > 0 && (
              <p className="warning" data-testid="omissions">
                {t('results.oftenSkips', { sections: history.omissions.map((entry) => `${localized(entry.label, language)} (${entry.skipped}/${entry.of})`).join('、') })}
              </p>
            )}
            {history.sessions.length > 0 && (
              <table className="activity">
                <thead>
                  <tr>
                    <th>{t('results.when')}</th>
                    <th>{t('results.case')}</th>
                    <th>{t('results.score')}</th>
                    <th>{t('results.diagnosis')}</th>
                  </tr>
                </thead>
                <tbody>
                  {history.sessions.map((entry) => (
                    <tr key={entry.sessionId}>
                      <td>{new Date(entry.endedAt ?? entry.startedAt).toLocaleString(i18n.language)}</td>
                      <td>
                        <a href={reportHref(entry.sessionId)}>{localized(entry.caseTitle, entry.language)}</a>
                      </td>
                      <td>{entry.total}</td>
                      <td className={entry.diagnosisCorrect ? 'good' : 'error'}>{entry.diagnosisCorrect ? '✓' : '✗'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="leaderboard-title" data-testid="leaderboard">
        <div className="row">
          <h2 id="leaderboard-title" className="grow">
            {t('results.leaderboard')}
          </h2>
          <select value={caseKey} onChange={(event) => setCaseKey(event.target.value)} data-testid="leaderboard-case" aria-label={t('results.case')}>
            <option value="">{t('results.overall')}</option>
            {(cases ?? []).map((item) => (
              <option key={`${item.packId}/${item.id}`} value={`${item.packId}/${item.id}`}>
                {localized(item.title, language)}
              </option>
            ))}
          </select>
        </div>
        {leaderboard && leaderboard.length === 0 && <p className="muted">{t('results.noScores')}</p>}
        {leaderboard && leaderboard.length > 0 && (
          <table className="activity">
            <thead>
              <tr>
                <th>#</th>
                <th>{t('results.profile')}</th>
                <th>{caseKey ? t('results.best') : t('results.meanBest')}</th>
                <th>{t('results.average')}</th>
                <th>{t('results.sessions')}</th>
              </tr>
            </thead>
            <tbody>
              {leaderboard.map((entry) => (
                <tr key={entry.profileId} data-testid="leaderboard-row">
                  <td>{entry.rank}</td>
                  <td>{entry.displayName}</td>
                  <td>{caseKey ? entry.best : entry.rankScore}</td>
                  <td>{entry.average}</td>
                  <td>{entry.sessions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="panel" aria-labelledby="export-title">
        <h2 id="export-title">{t('results.exportTitle')}</h2>
        <p className="help">{t('results.exportHelp')}</p>
        <button type="button" className="secondary" onClick={() => void exportCsv()} data-testid="export-csv">
          <FileSpreadsheet size={16} aria-hidden="true" /> {t('results.exportCsv')}
        </button>
      </section>
    </article>
  )
}
