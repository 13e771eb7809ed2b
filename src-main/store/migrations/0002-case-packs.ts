import type { Migration } from '../migration'

export const migration0002: Migration = {
  version: 2,
  name: '0002-case-packs',
  up(db) {
    db.exec(`
      CREATE TABLE case_packs (
        id TEXT PRIMARY KEY,
        version TEXT NOT NULL,
        title TEXT NOT NULL CHECK (json_valid(title)),
        author TEXT NOT NULL,
        licence TEXT NOT NULL,
        languages TEXT NOT NULL CHECK (json_valid(languages)),
        checksum TEXT NOT NULL,
        manifest TEXT NOT NULL CHECK (json_valid(manifest)),
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE cases (
        pack_id TEXT NOT NULL REFERENCES case_packs (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        title TEXT NOT NULL CHECK (json_valid(title)),
        specialty TEXT NOT NULL,
        difficulty TEXT NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body)),
        PRIMARY KEY (pack_id, id)
      ) STRICT;
      CREATE INDEX cases_specialty ON cases (specialty);
    `)
  }
}
