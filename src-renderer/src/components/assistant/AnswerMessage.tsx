import { useTranslation } from 'react-i18next'
import type { AssistantMessageView, PassageView } from '../../../../src-main/contract/assistant'
import { splitUrgent } from './answer-markup'
import { AnswerText } from './AnswerText'
import { TracePanel } from './TracePanel'
import { UrgentBanner } from './UrgentBanner'

interface AnswerMessageProps {
  message: AssistantMessageView
  onCite(passage: PassageView): void
}

/** A saved answer: red flags first, then how it was answered (its mode), the text with citation chips, and the trace. */
export function AnswerMessage({ message, onCite }: AnswerMessageProps) {
  const { t } = useTranslation()
  const flags = message.trace?.redFlags ?? []
  const { urgent, body } = splitUrgent(message.text, flags.length > 0)
  const mode = message.status === 'complete' ? message.mode : null
  return (
    <article className={`answer status-${message.status}${mode ? ` mode-${mode}` : ''}`} data-testid="answer" data-mode={mode ?? ''} data-status={message.status}>
      {flags.length > 0 && <UrgentBanner flags={flags} text={urgent} />}
      {mode === 'evidence-only' ? (
        <div className="evidence-only" data-testid="answer-mode">
          <strong>{t('assistant.modes.evidence-only')}</strong>
          <p>{t('assistant.evidenceOnlyHelp')}</p>
        </div>
      ) : (
        mode && (
          <span className={`badge mode-badge mode-${mode}`} data-testid="answer-mode">
            {t(`assistant.modes.${mode}`)}
          </span>
        )
      )}
      <AnswerText text={body} citations={message.citations ?? []} onCite={onCite} />
      {message.status === 'interrupted' && <p className="interrupted-note">{t('assistant.interrupted')}</p>}
      {message.trace && <TracePanel trace={message.trace} />}
    </article>
  )
}
