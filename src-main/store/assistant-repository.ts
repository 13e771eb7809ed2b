import type { MemoryEntry, MemoryKind } from '../assistant/entity-memory'
import type { StatementCache } from './statement-cache'

export interface ConversationRow {
  id: string
  profileId: string | null
  title: string
  collections: string[]
  summary: string
  summarizedThrough: number
  createdAt: string
  updatedAt: string
}

export interface AssistantMessageRow {
  id: number
  conversationId: string
  role: 'user' | 'assistant'
  text: string
  status: 'complete' | 'interrupted' | 'failed'
  mode: string | null
  citations: unknown
  trace: unknown
  tokens: number | null
  createdAt: string
}

type StoredConversation = Omit<ConversationRow, 'collections'> & { collections: string }
type StoredMessage = Omit<AssistantMessageRow, 'citations' | 'trace'> & { citations: string | null; trace: string | null }

const conversationColumns = 'id, profile_id AS profileId, title, collections, summary, summarized_through AS summarizedThrough, created_at AS createdAt, updated_at AS updatedAt'
const messageColumns = 'id, conversation_id AS conversationId, role, text, status, mode, citations, trace, tokens, created_at AS createdAt'

/** Medical-assistant conversations, their messages, summary memory and entity memory. */
export class AssistantRepository {
  constructor(private readonly sql: StatementCache) {}

  insertConversation(row: ConversationRow): void {
    this.sql
      .get(
        `INSERT INTO assistant_conversations (id, profile_id, title, collections, summary, summarized_through, created_at, updated_at)
         VALUES (@id, @profileId, @title, @collections, @summary, @summarizedThrough, @createdAt, @updatedAt)`
      )
      .run({ ...row, collections: JSON.stringify(row.collections) })
  }

  conversations(): ConversationRow[] {
    return this.sql.get<[], StoredConversation>(`SELECT ${conversationColumns} FROM assistant_conversations ORDER BY updated_at DESC, id`).all().map(parseConversation)
  }

  conversation(id: string): ConversationRow | null {
    const row = this.sql.get<[string], StoredConversation>(`SELECT ${conversationColumns} FROM assistant_conversations WHERE id = ?`).get(id)
    return row ? parseConversation(row) : null
  }

  updateConversation(id: string, fields: { title?: string; collections?: string[]; summary?: string; summarizedThrough?: number }): void {
    this.sql
      .get(
        `UPDATE assistant_conversations SET title = coalesce(@title, title), collections = coalesce(@collections, collections), summary = coalesce(@summary, summary),
         summarized_through = coalesce(@summarizedThrough, summarized_through), updated_at = @updatedAt WHERE id = @id`
      )
      .run({
        id,
        title: fields.title ?? null,
        collections: fields.collections ? JSON.stringify(fields.collections) : null,
        summary: fields.summary ?? null,
        summarizedThrough: fields.summarizedThrough ?? null,
        updatedAt: new Date().toISOString()
      })
  }

  deleteConversation(id: string): boolean {
    return this.sql.get('DELETE FROM assistant_conversations WHERE id = ?').run(id).changes > 0
  }

  insertMessage(row: Omit<AssistantMessageRow, 'id'>): AssistantMessageRow {
    const result = this.sql
      .get(
        `INSERT INTO assistant_messages (conversation_id, role, text, status, mode, citations, trace, tokens, created_at)
         VALUES (@conversationId, @role, @text, @status, @mode, @citations, @trace, @tokens, @createdAt)`
      )
      .run({ ...row, citations: row.citations === null ? null : JSON.stringify(row.citations), trace: row.trace === null ? null : JSON.stringify(row.trace) })
    return { ...row, id: Number(result.lastInsertRowid) }
  }

  messages(conversationId: string): AssistantMessageRow[] {
    return this.sql
      .get<[string], StoredMessage>(`SELECT ${messageColumns} FROM assistant_messages WHERE conversation_id = ? ORDER BY id`)
      .all(conversationId)
      .map((row) => ({ ...row, citations: row.citations === null ? null : JSON.parse(row.citations), trace: row.trace === null ? null : JSON.parse(row.trace) }))
  }

  memory(conversationId: string): MemoryEntry[] {
    return this.sql.get<[string], MemoryEntry>('SELECT id, kind, value, source, updated_at AS updatedAt FROM assistant_memory WHERE conversation_id = ? ORDER BY kind, updated_at').all(conversationId)
  }

  /** Adds an entry unless the same kind and value is there already; returns whether it was new. */
  addMemory(conversationId: string, entry: { id: string; kind: MemoryKind; value: string; source: 'extracted' | 'user'; messageId: number | null }): boolean {
    return (
      this.sql
        .get(
          `INSERT INTO assistant_memory (id, conversation_id, kind, value, source, message_id, updated_at) VALUES (@id, @conversationId, @kind, @value, @source, @messageId, @updatedAt)
           ON CONFLICT (conversation_id, kind, value) DO NOTHING`
        )
        .run({ ...entry, conversationId, updatedAt: new Date().toISOString() }).changes > 0
    )
  }

  updateMemory(conversationId: string, id: string, fields: { kind: MemoryKind; value: string }): boolean {
    return (
      this.sql
        .get("UPDATE assistant_memory SET kind = @kind, value = @value, source = 'user', updated_at = @updatedAt WHERE id = @id AND conversation_id = @conversationId")
        .run({ ...fields, id, conversationId, updatedAt: new Date().toISOString() }).changes > 0
    )
  }

  deleteMemory(conversationId: string, id: string): boolean {
    return this.sql.get('DELETE FROM assistant_memory WHERE id = ? AND conversation_id = ?').run(id, conversationId).changes > 0
  }
}

function parseConversation(row: StoredConversation): ConversationRow {
  return { ...row, collections: JSON.parse(row.collections) as string[] }
}
