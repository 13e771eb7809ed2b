import { saveFile } from '../api/save-file'
import { useEffect, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { localized } from '../components/practice/localized'
import { PackProblems } from '../components/PackProblems'
import { useAppStore } from '../store/hooks'

export function CasesView() {
  const { t, i18n } = useTranslation()
  const packs = useAppStore((state) => state.packs)
  const packCheck = useAppStore((state) => state.packCheck)
  const loadPacks = useAppStore((state) => state.loadPacks)
  const importPackFile = useAppStore((state) => state.importPackFile)
  const exportPackFile = useAppStore((state) => state.exportPackFile)
  const deletePackById = useAppStore((state) => state.deletePackById)

  useEffect(() => {
    void loadPacks()
  }, [loadPacks])

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file) void importPackFile(file)
    event.target.value = ''
  }
  const download = async (packId: string) => {
    const file = await exportPackFile(packId)
    if (file) saveFile(file, file.name)
  }
  const busy = packCheck?.status === 'checking' || packCheck?.status === 'importing'

  return (
    <article className="view" data-testid="view-cases">
      <header>
        <h1>{t('views.cases.title')}</h1>
        <p className="lead">{t('views.cases.lead')}</p>
      </header>
      <section className="panel">
        <h2>{t('casesView.importTitle')}</h2>
        <p className="help">{t('casesView.importHelp')}</p>
        <label className="file-button">
          <input type="file" accept=".zip,.json,.jsonl" onChange={onFile} disabled={busy} data-testid="pack-file" />
        </label>
        {busy && <progress aria-label={t(`casesView.${packCheck.status}`)} />}
        {packCheck && (
          <div data-testid="pack-check" className={`pack-check pack-${packCheck.status}`}>
            <strong>{packCheck.fileName}: </strong>
            {packCheck.status === 'checking' && t('casesView.checking')}
            {packCheck.status === 'importing' && t('casesView.importing')}
            {packCheck.status === 'imported' && t('casesView.imported', { summary: packCheck.message })}
            {packCheck.status === 'invalid' && <span className="error">{t('casesView.invalid', { count: packCheck.problems.length })}</span>}
            {packCheck.status === 'error' && <span className="error">{packCheck.message}</span>}
            {packCheck.warnings.length > 0 && <span className="muted"> · {t('casesView.warnings', { count: packCheck.warnings.length })}</span>}
            {packCheck.problems.length > 0 && <PackProblems problems={packCheck.problems} />}
          </div>
        )}
      </section>
      <section className="panel">
        <h2>{t('casesView.installed')}</h2>
        {packs && packs.length === 0 && <p className="help">{t('casesView.none')}</p>}
        <ul className="case-list" data-testid="pack-list">
          {packs?.map((pack) => (
            <li key={pack.id}>
              <div>
                <strong>{localized(pack.title, i18n.language)}</strong>
                <span className="muted">
                  {' '}
                  · {pack.id} {pack.version} · {t('casesView.cases', { count: pack.caseCount })} · {pack.languages.join('+')} · {pack.licence}
                </span>
              </div>
              <div className="row">
                <button type="button" className="secondary" onClick={() => void download(pack.id)} data-testid={`export-${pack.id}`}>
                  {t('casesView.export')}
                </button>
                <button type="button" className="secondary" onClick={() => void deletePackById(pack.id)}>
                  {t('casesView.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </article>
  )
}
