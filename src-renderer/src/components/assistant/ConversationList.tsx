import { MessageSquarePlus, Trash2 } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { ConversationView } from '../../../../src-main/contract/assistant'
import { conversationHref } from '../../navigation'

interface ConversationListProps {
  conversations: ConversationView[]
  currentId: string | null
  busy: boolean
  onNew(): void
  onRemove(id: string): void
}

/** The conversations, newest first, each a link so a reload keeps the open one. */
export function ConversationList({ conversations, currentId, busy, onNew, onRemove }: ConversationListProps) {
  const { t, i18n } = useTranslation()
  return (
    <nav className="panel conversation-list" aria-labelledby="conversations-title" data-testid="conversations">
      <div className="row">
        <h2 id="conversations-title" className="grow">
          {t('assistant.conversations')}
        </h2>
      </div>
      <button type="button" onClick={onNew} disabled={busy} data-testid="new-conversation">
        <MessageSquarePlus size={16} aria-hidden="true" /> {t('assistant.newConversation')}
      </button>
      {conversations.length === 0 && <p className="muted">{t('assistant.noConversations')}</p>}
      <ul>
        {conversations.map((conversation) => {
          const title = conversation.title || t('assistant.untitled')
          return (
            <li key={conversation.id} className={conversation.id === currentId ? 'current' : undefined} data-testid="conversation-row">
              <a href={conversationHref(conversation.id)} aria-current={conversation.id === currentId ? 'page' : undefined}>
                <span className="conversation-title">{title}</span>
                <time className="muted" dateTime={conversation.updatedAt}>
                  {new Date(conversation.updatedAt).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' })}
                </time>
              </a>
              <button type="button" className="icon secondary" onClick={() => onRemove(conversation.id)} aria-label={t('assistant.deleteConversation', { title })} title={t('assistant.deleteConversation', { title })}>
                <Trash2 size={14} aria-hidden="true" />
              </button>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
