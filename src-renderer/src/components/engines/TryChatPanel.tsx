import { Send, Square } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../store/hooks'

/** One prompt to the local model, one of its adapters, or an assigned role, with the call's timing. */
export function TryChatPanel() {
  const { t } = useTranslation()
  const engine = useAppStore((state) => state.engine)
  const roles = useAppStore((state) => state.roles)
  const chat = useAppStore((state) => state.tryChat)
  const runTryChat = useAppStore((state) => state.runTryChat)
  const cancelTryChat = useAppStore((state) => state.cancelTryChat)
  const [target, setTarget] = useState('')
  const [prompt, setPrompt] = useState('')
  const [thinking, setThinking] = useState(false)
  const [maxTokens, setMaxTokens] = useState(128)
  const ready = engine?.state === 'ready' && engine.model
  const targets = [
    ...(ready ? [{ value: `model:`, label: engine.model! }, ...engine.adapters.map((adapter) => ({ value: `adapter:${adapter}`, label: `${engine.model} + ${adapter}` }))] : []),
    ...roles.map((row) => ({ value: `role:${row.role}`, label: t('engines.roleTarget', { role: t(`engines.roles.${row.role}`) }) }))
  ]
  const chosen = target && targets.some((entry) => entry.value === target) ? target : (targets[0]?.value ?? '')
  const timing = chat.finish?.timing

  const send = () => {
    if (!chosen || !prompt.trim()) return
    const [kind, name = ''] = chosen.split(':')
    const resolved = kind === 'role' ? { role: name as (typeof roles)[number]['role'] } : { model: engine?.model ?? '', adapter: kind === 'adapter' ? name : null }
    void runTryChat({ target: resolved, prompt: prompt.trim(), thinking, maxTokens })
  }

  return (
    <section className="panel" aria-labelledby="try-title" data-testid="try-chat">
      <h2 id="try-title">{t('engines.tryTitle')}</h2>
      {targets.length === 0 ? (
        <p className="muted">{t('engines.tryNeedsEngine')}</p>
      ) : (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault()
            send()
          }}
        >
          <div className="row wrap">
            <label>
              {t('engines.tryTarget')}
              <select value={chosen} onChange={(event) => setTarget(event.target.value)} data-testid="try-target">
                {targets.map((entry) => (
                  <option key={entry.value} value={entry.value}>
                    {entry.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('engines.maxTokens')}
              <input type="number" min={1} max={4096} value={maxTokens} onChange={(event) => setMaxTokens(Number(event.target.value) || 1)} data-testid="try-max-tokens" />
            </label>
            <label>
              <input type="checkbox" checked={thinking} onChange={(event) => setThinking(event.target.checked)} /> {t('engines.thinking')}
            </label>
          </div>
          <textarea rows={3} value={prompt} onChange={(event) => setPrompt(event.target.value)} placeholder={t('engines.tryPlaceholder')} aria-label={t('engines.tryPrompt')} data-testid="try-prompt" />
          <div className="row">
            <button type="submit" disabled={chat.status === 'running' || !prompt.trim()} data-testid="try-send">
              <Send size={16} aria-hidden="true" /> {t('engines.trySend')}
            </button>
            <button type="button" onClick={cancelTryChat} disabled={chat.status !== 'running'} data-testid="try-cancel">
              <Square size={16} aria-hidden="true" /> {t('engines.tryCancel')}
            </button>
          </div>
        </form>
      )}
      {chat.reasoning && (
        <details>
          <summary>{t('engines.reasoning')}</summary>
          <pre className="reply">{chat.reasoning}</pre>
        </details>
      )}
      {(chat.text || chat.status === 'running') && (
        <pre className="reply" data-testid="try-output" aria-live="polite">
          {chat.text}
          {chat.status === 'running' && <span className="cursor">▍</span>}
        </pre>
      )}
      {chat.error && (
        <p className="error" role="alert" data-testid="try-error">
          {chat.error}
        </p>
      )}
      {timing && (
        <dl className="facts timing" data-testid="try-timing">
          <dt>{t('engines.ttft')}</dt>
          <dd>{timing.ttftMs === null ? '—' : `${timing.ttftMs.toFixed(0)} ms`}</dd>
          <dt>{t('engines.outputTokens')}</dt>
          <dd data-testid="try-tokens">{timing.outputTokens}</dd>
          <dt>{t('engines.tokensPerSecond')}</dt>
          <dd>{timing.tokensPerSecond === null ? '—' : timing.tokensPerSecond.toFixed(1)}</dd>
          <dt>{t('engines.total')}</dt>
          <dd>{`${timing.totalMs.toFixed(0)} ms`}</dd>
          <dt>{t('engines.finish')}</dt>
          <dd>{t(`engines.finishReasons.${chat.finish?.reason ?? 'stop'}`)}</dd>
        </dl>
      )}
    </section>
  )
}
