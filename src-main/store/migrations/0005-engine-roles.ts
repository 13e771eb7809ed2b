import type { Migration } from '../migration'

export const migration0005: Migration = {
  version: 5,
  name: '0005-engine-roles',
  up(db) {
    db.exec(`
      -- Where inference runs. API keys are not here: they live in the secret store (encrypted, or a user-only file).
      CREATE TABLE engine_endpoints (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('openai-compatible', 'llama-cpp', 'vllm')),
        base_url TEXT,
        has_key INTEGER NOT NULL DEFAULT 0 CHECK (has_key IN (0, 1)),
        created_at TEXT NOT NULL,
        CHECK (kind <> 'openai-compatible' OR base_url IS NOT NULL)
      ) STRICT;

      -- Each role ("brain") runs on one endpoint, model and adapter with its own sampling defaults.
      CREATE TABLE role_assignments (
        role TEXT PRIMARY KEY CHECK (role IN ('patient', 'assistant', 'extractor', 'critic', 'judge', 'teacher')),
        endpoint_id TEXT NOT NULL REFERENCES engine_endpoints (id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        adapter TEXT,
        sampling TEXT NOT NULL CHECK (json_valid(sampling)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `)
  }
}
