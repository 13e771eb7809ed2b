import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { AskForm } from '../components/assistant/AskForm'
import { CollectionPicker } from '../components/assistant/CollectionPicker'
import { ConversationList } from '../components/assistant/ConversationList'
import { MemoryPanel } from '../components/assistant/MemoryPanel'
import { MessageList } from '../components/assistant/MessageList'
import { PassagePanel } from '../components/assistant/PassagePanel'
import { EmptyState } from '../components/EmptyState'
import { conversationHref } from '../navigation'
import { useAppStore } from '../store/hooks'

/** The medical assistant: conversations on the left, the open one in the middle, its sources, collections and memory on the right. */
export function AssistantView({ conversationId }: { conversationId: string | null }) {
  const { t } = useTranslation()
  const conversations = useAppStore((state) => state.conversations)
  const open = useAppStore((state) => state.conversation)
  const citation = useAppStore((state) => state.citation)
  const error = useAppStore((state) => state.assistantError)
  const answer = useAppStore((state) => state.answer)
  const answerError = useAppStore((state) => state.answerError)
  const knowledge = useAppStore((state) => state.knowledge)
  const loadConversations = useAppStore((state) => state.loadConversations)
  const openConversation = useAppStore((state) => state.openConversation)
  const createConversation = useAppStore((state) => state.createConversation)
  const removeConversation = useAppStore((state) => state.removeConversation)
  const setCollections = useAppStore((state) => state.setConversationCollections)
  const addMemory = useAppStore((state) => state.addMemory)
  const updateMemory = useAppStore((state) => state.updateMemory)
  const removeMemory = useAppStore((state) => state.removeMemory)
  const openCitation = useAppStore((state) => state.openCitation)
  const closeCitation = useAppStore((state) => state.closeCitation)
  const askAssistant = useAppStore((state) => state.askAssistant)
  const stopAnswer = useAppStore((state) => state.stopAnswer)
  const watchKnowledge = useAppStore((state) => state.watchKnowledge)

  useEffect(() => {
    void loadConversations()
    // Collections change while indexing; the picker shows their counts as they grow.
    const controller = new AbortController()
    void watchKnowledge(controller.signal)
    return () => controller.abort()
  }, [loadConversations, watchKnowledge])

  useEffect(() => {
    void openConversation(conversationId)
  }, [openConversation, conversationId])

  const current = open && open.conversation.id === conversationId ? open : null
  const answering = answer !== null && answer.conversationId === current?.conversation.id
  const startNew = async (): Promise<string | null> => {
    const id = await createConversation()
    if (id) window.location.hash = conversationHref(id)
    return id
  }
  const ask = async (text: string) => {
    const id = current?.conversation.id ?? (await startNew())
    if (id) await askAssistant(id, text)
  }
  const remove = async (id: string) => {
    if ((await removeConversation(id)) && id === conversationId) window.location.hash = conversationHref(null)
  }

  return (
    <article className="view assistant" data-testid="view-assistant">
      <header>
        <h1>{t('views.assistant.title')}</h1>
        <p className="lead">{t('views.assistant.lead')}</p>
      </header>
      {error && (
        <p className="error" role="alert" data-testid="assistant-error">
          {error}
        </p>
      )}
      {knowledge && knowledge.collections.length === 0 && <EmptyState title={t('views.assistant.emptyTitle')} steps={t('views.assistant.steps', { returnObjects: true }) as string[]} />}
      <div className="assistant-grid">
        <ConversationList conversations={conversations ?? []} currentId={conversationId} busy={answer !== null} onNew={() => void startNew()} onRemove={(id) => void remove(id)} />
        <section className="panel assistant-chat" aria-label={current?.conversation.title || t('assistant.untitled')}>
          {/* A conversation named in the address shows once it has loaded; with none named, the samples start one. */}
          {(current || !conversationId) && (
            <MessageList messages={current?.messages ?? []} answer={answering ? answer : null} error={answerError} onCite={(passage) => void openCitation(passage)} onSample={(question) => void ask(question)} />
          )}
          <AskForm answering={answering} onAsk={(text) => void ask(text)} onStop={stopAnswer} />
        </section>
        <aside className="assistant-side stack">
          {citation && <PassagePanel citation={citation} onClose={closeCitation} />}
          {current && knowledge && <CollectionPicker collections={knowledge.collections} chosen={current.conversation.collections} disabled={answering} onChange={(ids) => void setCollections(ids)} />}
          {current && (
            <MemoryPanel memory={current.memory} summary={current.conversation.summary} disabled={answering} onAdd={addMemory} onUpdate={updateMemory} onRemove={(id) => void removeMemory(id)} />
          )}
        </aside>
      </div>
    </article>
  )
}
