import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssistantMessageView, PassageView } from '../../../../src-main/contract/assistant'
import type { PendingAnswer } from '../../store/answer-slice'
import { AnswerMessage } from './AnswerMessage'
import { PendingAnswerView } from './PendingAnswerView'

interface MessageListProps {
  messages: AssistantMessageView[]
  answer: PendingAnswer | null
  error: { code: string; message: string } | null
  onCite(passage: PassageView): void
  onSample(question: string): void
}

export function MessageList({ messages, answer, error, onCite, onSample }: MessageListProps) {
  const { t } = useTranslation()
  const end = useRef<HTMLDivElement>(null)
  // Braces matter: newer Chromium returns a promise from scrollIntoView, and an effect may only return a cleanup.
  useEffect(() => {
    void end.current?.scrollIntoView({ block: 'end' })
  }, [messages.length, answer?.text, answer?.passages])
  return (
    <div className="assistant-messages" data-testid="assistant-messages">
      {messages.length === 0 && !answer && (
        <div className="samples">
          <p className="help">{t('assistant.emptyConversation')}</p>
          <p className="muted">{t('assistant.samples')}</p>
          <div className="row">
            {(t('assistant.sampleQuestions', { returnObjects: true }) as string[]).map((question) => (
              <button key={question} type="button" className="secondary sample" onClick={() => onSample(question)} data-testid="sample-question">
                {question}
              </button>
            ))}
          </div>
        </div>
      )}
      {messages.map((message) =>
        message.role === 'user' ? (
          <div key={`${message.id}-${message.createdAt}`} className="bubble student question" data-role="user">
            {message.text}
          </div>
        ) : (
          <AnswerMessage key={`${message.id}-${message.createdAt}`} message={message} onCite={onCite} />
        )
      )}
      {answer && <PendingAnswerView answer={answer} onCite={onCite} />}
      {!answer && !error && messages.at(-1)?.role === 'user' && <p className="interrupted-note unanswered">{t('assistant.unanswered')}</p>}
      {error && (
        <div className="failure" role="alert" data-testid="answer-error">
          <strong>{t('assistant.failed')}</strong>
          <p>{error.message}</p>
          <p className="muted">{error.code}</p>
        </div>
      )}
      <div ref={end} />
    </div>
  )
}
