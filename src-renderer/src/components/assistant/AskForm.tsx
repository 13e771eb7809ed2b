import { Send, Square } from 'lucide-react'
import { useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

interface AskFormProps {
  answering: boolean
  onAsk(text: string): void
  onStop(): void
}

/** Enter sends; Shift+Enter (or an IME still composing Chinese) does not. */
export function AskForm({ answering, onAsk, onStop }: AskFormProps) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const send = () => {
    if (!text.trim() || answering) return
    onAsk(text.trim())
    setText('')
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    send()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return
    event.preventDefault()
    send()
  }
  return (
    <form className="ask-form" onSubmit={onSubmit}>
      <textarea rows={2} value={text} onChange={(event) => setText(event.target.value)} onKeyDown={onKeyDown} placeholder={t('assistant.askPlaceholder')} aria-label={t('assistant.askLabel')} maxLength={4000} data-testid="assistant-input" />
      {answering ? (
        <button type="button" className="secondary" onClick={onStop} data-testid="assistant-stop">
          <Square size={16} aria-hidden="true" /> {t('assistant.stop')}
        </button>
      ) : (
        <button type="submit" disabled={!text.trim()} data-testid="assistant-send">
          <Send size={16} aria-hidden="true" /> {t('assistant.send')}
        </button>
      )}
    </form>
  )
}
