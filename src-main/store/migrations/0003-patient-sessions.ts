import type { Migration } from '../migration'

export const migration0003: Migration = {
  version: 3,
  name: '0003-patient-sessions',
  up(db) {
    db.exec(`
      CREATE TABLE patient_sessions (
        id TEXT PRIMARY KEY,
        profile_id TEXT REFERENCES profiles (id) ON DELETE SET NULL,
        pack_id TEXT NOT NULL,
        case_id TEXT NOT NULL,
        -- The case as it was when the session started, so replay is exact after a pack update.
        case_snapshot TEXT NOT NULL CHECK (json_valid(case_snapshot)),
        language TEXT NOT NULL CHECK (language IN ('zh', 'en')),
        responder TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'submitted')),
        started_at TEXT NOT NULL,
        ended_at TEXT,
        final_diagnosis TEXT,
        differential TEXT CHECK (differential IS NULL OR json_valid(differential))
      ) STRICT;
      CREATE INDEX patient_sessions_case ON patient_sessions (pack_id, case_id);

      CREATE TABLE session_messages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES patient_sessions (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('student', 'patient')),
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'complete' CHECK (status IN ('complete', 'interrupted')),
        latency_ms REAL,
        engine TEXT,
        model TEXT,
        adapter TEXT,
        output_tokens INTEGER
      ) STRICT;
      CREATE INDEX session_messages_session ON session_messages (session_id, id);

      CREATE TABLE fact_ledger (
        message_id INTEGER NOT NULL REFERENCES session_messages (id) ON DELETE CASCADE,
        fact_id TEXT NOT NULL,
        PRIMARY KEY (message_id, fact_id)
      ) STRICT;

      CREATE TABLE session_orders (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES patient_sessions (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        resolution TEXT NOT NULL CHECK (resolution IN ('matched', 'default', 'unavailable', 'vague', 'unrecognised')),
        kind TEXT CHECK (kind IS NULL OR kind IN ('exam', 'test')),
        item_id TEXT,
        name TEXT CHECK (name IS NULL OR json_valid(name)),
        result TEXT CHECK (result IS NULL OR json_valid(result)),
        cost_cny REAL NOT NULL DEFAULT 0,
        turnaround_minutes INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX session_orders_session ON session_orders (session_id, id);

      CREATE TABLE guard_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES patient_sessions (id) ON DELETE CASCADE,
        question TEXT NOT NULL,
        rejected_reply TEXT NOT NULL,
        violations TEXT NOT NULL CHECK (json_valid(violations)),
        action TEXT NOT NULL CHECK (action IN ('regenerated', 'replaced')),
        created_at TEXT NOT NULL
      ) STRICT;
    `)
  }
}
