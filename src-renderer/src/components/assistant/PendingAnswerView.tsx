import { useTranslation } from 'react-i18next'
import type { PassageView } from '../../../../src-main/contract/assistant'
import type { PendingAnswer } from '../../store/answer-slice'
import { AnswerText } from './AnswerText'
import { UrgentBanner } from './UrgentBanner'

/** The answer while it is made: red flags at once, then which step it is at, then the text as it streams. */
export function PendingAnswerView({ answer, onCite }: { answer: PendingAnswer; onCite(passage: PassageView): void }) {
  const { t } = useTranslation()
  const step = answer.stage
    ? t(answer.stage === 'draft' ? 'assistant.working.draft' : 'assistant.working.refine', { round: answer.round })
    : answer.passages
      ? t('assistant.working.found', { count: answer.passages.length })
      : answer.routing
        ? t('assistant.working.search')
        : t('assistant.working.route')
  return (
    <article className="answer pending" data-testid="pending-answer" aria-busy="true">
      {answer.escalation && <UrgentBanner flags={answer.escalation.flags} text={answer.escalation.text} />}
      <p className="muted working" aria-live="polite">
        {step}
      </p>
      {answer.text && (
        <div className="streaming" data-testid="streaming-text">
          <AnswerText text={answer.text} citations={answer.passages ?? []} onCite={onCite} />
          <span className="cursor">▍</span>
        </div>
      )}
    </article>
  )
}
