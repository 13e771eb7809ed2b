import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PracticeMessage } from '../../../../src-main/contract/patient'

interface ChatPanelProps {
  messages: PracticeMessage[]
  pendingReply: string | null
  disabled: boolean
  onAsk(text: string): void
}

export function ChatPanel({ messages, pendingReply, disabled, onAsk }: ChatPanelProps) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const end = useRef<HTMLDivElement>(null)
  // Braces matter: newer Chromium returns a promise from scrollIntoView, and an effect may only return a cleanup.
  useEffect(() => {
    void end.current?.scrollIntoView({ block: 'end' })
  }, [messages.length, pendingReply])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!text.trim() || pendingReply !== null) return
    onAsk(text.trim())
    setText('')
  }
  return (
    <section className="panel chat" aria-label={t('practice.chat')}>
      <h2>{t('practice.chat')}</h2>
      <div className="messages" data-testid="messages">
        {messages.length === 0 && <p className="help">{t('practice.emptyChat')}</p>}
        {messages.map((message) => (
          <div key={`${message.id}-${message.createdAt}`} className={`bubble ${message.role}${message.status === 'interrupted' ? ' interrupted' : ''}`} data-role={message.role} data-status={message.status}>
            {message.text}
            {message.status === 'interrupted' && <span className="interrupted-note">{t('practice.interrupted')}</span>}
          </div>
        ))}
        {pendingReply !== null && (
          <div className="bubble patient pending" data-testid="typing">
            {pendingReply || t('practice.typing')}
          </div>
        )}
        <div ref={end} />
      </div>
      <form className="row" onSubmit={submit}>
        <input value={text} onChange={(event) => setText(event.target.value)} placeholder={t('practice.askPlaceholder')} disabled={disabled} data-testid="ask-input" className="grow" />
        <button type="submit" disabled={disabled || pendingReply !== null || !text.trim()} data-testid="ask-send">
          {t('practice.send')}
        </button>
      </form>
    </section>
  )
}
