import type { Migration } from '../migration'

export const migration0001: Migration = {
  version: 1,
  name: '0001-initial',
  up(db) {
    db.exec(`
      CREATE TABLE profiles (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 80),
        role TEXT NOT NULL CHECK (role IN ('student', 'instructor', 'clinician', 'developer')),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        door TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        trace_id TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'error')),
        detail TEXT CHECK (detail IS NULL OR json_valid(detail))
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE INDEX audit_log_trace ON audit_log (trace_id);
    `)
  }
}
