import type { Migration } from '../migration'

export const migration0006: Migration = {
  version: 6,
  name: '0006-knowledge-assistant',
  up(db) {
    db.exec(`
      -- The passages themselves live in LanceDB (one table per collection); SQLite keeps what must survive a crash mid-indexing.
      CREATE TABLE kb_collections (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        -- What embedded its vectors (null: full-text only); vectors of two embedders never mix in one table.
        embedder TEXT,
        dimensions INTEGER,
        bundled INTEGER NOT NULL DEFAULT 0 CHECK (bundled IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE kb_documents (
        id TEXT PRIMARY KEY,
        collection_id TEXT NOT NULL REFERENCES kb_collections (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        -- The copy kept in the data folder, so indexing resumes after a restart and re-indexing needs no original.
        stored_file TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('markdown', 'text', 'html', 'pdf', 'docx')),
        bytes INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        title TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'indexing', 'ready', 'failed')),
        chunks INTEGER,
        pages INTEGER,
        error_code TEXT,
        error_message TEXT,
        added_at TEXT NOT NULL,
        indexed_at TEXT,
        UNIQUE (collection_id, sha256)
      ) STRICT;
      CREATE INDEX kb_documents_state ON kb_documents (state, added_at);

      -- Vectors of a document being indexed, a batch at a time: after a crash only the missing batches are embedded again.
      -- The chunks reach LanceDB in one write when all are here, so a half-indexed document is never searchable.
      CREATE TABLE kb_staged_vectors (
        document_id TEXT NOT NULL REFERENCES kb_documents (id) ON DELETE CASCADE,
        chunk INTEGER NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (document_id, chunk)
      ) STRICT;

      CREATE TABLE assistant_conversations (
        id TEXT PRIMARY KEY,
        profile_id TEXT REFERENCES profiles (id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        collections TEXT NOT NULL CHECK (json_valid(collections)),
        -- Summary memory: older turns folded into a running summary once the context budget is near.
        summary TEXT NOT NULL DEFAULT '',
        summarized_through INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE assistant_messages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id TEXT NOT NULL REFERENCES assistant_conversations (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
        text TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'complete' CHECK (status IN ('complete', 'interrupted', 'failed')),
        -- answer | evidence-only | declined | chat | escalated (assistant turns)
        mode TEXT,
        citations TEXT CHECK (citations IS NULL OR json_valid(citations)),
        trace TEXT CHECK (trace IS NULL OR json_valid(trace)),
        tokens INTEGER,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX assistant_messages_conversation ON assistant_messages (conversation_id, id);

      -- Entity memory about the person being discussed, extracted in the background or entered by the user.
      CREATE TABLE assistant_memory (
        id TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES assistant_conversations (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('allergy', 'medication', 'condition', 'age', 'sex')),
        value TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('extracted', 'user')),
        message_id INTEGER REFERENCES assistant_messages (id) ON DELETE SET NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (conversation_id, kind, value)
      ) STRICT;
    `)
  }
}
