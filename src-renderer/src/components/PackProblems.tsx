import { useTranslation } from 'react-i18next'
import type { PackProblemWire } from '../../../src-main/contract/cases'

/** Each problem with its file and JSON path, so an author can go straight to it. */
export function PackProblems({ problems }: { problems: PackProblemWire[] }) {
  const { t } = useTranslation()
  return (
    <table className="activity problems" data-testid="pack-problems">
      <thead>
        <tr>
          <th>{t('casesView.file')}</th>
          <th>{t('casesView.path')}</th>
          <th>{t('casesView.problem')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.slice(0, 200).map((problem, index) => (
          <tr key={index}>
            <td>{problem.file}</td>
            <td>
              <code>{problem.path}</code>
            </td>
            <td>{problem.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
