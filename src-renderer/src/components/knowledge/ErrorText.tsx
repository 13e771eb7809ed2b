import { useTranslation } from 'react-i18next'

/** What to do, in the app's language where the code is known, then the core's own words (they name the file). */
export function ErrorText({ code, message }: { code: string; message: string }) {
  const { t } = useTranslation()
  const advice = t(`knowledge.errors.${code}`, { defaultValue: '' })
  return (
    <>
      {advice || message}
      <span className="muted error-detail">
        {' '}
        ({code}
        {advice ? `: ${message}` : ''})
      </span>
    </>
  )
}
