import type { Migration } from '../migration'

export const migration0004: Migration = {
  version: 4,
  name: '0004-assessment',
  up(db) {
    db.exec(`
      -- One row per session and scorer version: re-scoring with a newer scorer adds a row and keeps the old one.
      CREATE TABLE session_scores (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES patient_sessions (id) ON DELETE CASCADE,
        scorer_version TEXT NOT NULL,
        total REAL NOT NULL CHECK (total BETWEEN 0 AND 100),
        result TEXT NOT NULL CHECK (json_valid(result)),
        trace_id TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (session_id, scorer_version)
      ) STRICT;

      -- LLM critiques, each with the model, adapter and prompt version that wrote it.
      CREATE TABLE session_critiques (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES patient_sessions (id) ON DELETE CASCADE,
        engine TEXT NOT NULL,
        model TEXT NOT NULL,
        adapter TEXT,
        prompt_version TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (json_valid(verdict)),
        latency_ms REAL,
        trace_id TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX session_critiques_session ON session_critiques (session_id, id);
      CREATE INDEX patient_sessions_profile ON patient_sessions (profile_id, started_at);
    `)
  }
}
