import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../test-support/silent-logger'
import { useTempDirs } from '../../test-support/temp-dir'
import { Store } from '../store'
import { migrations } from '.'

const tempDir = useTempDirs()

describe('migration 0006-knowledge-assistant', () => {
  it('upgrades a version-5 database and enforces documents, staged vectors, conversations and memory', async () => {
    const dir = tempDir()
    const options = { file: join(dir, 'db.sqlite'), backupDir: join(dir, 'backups'), logger: silentLogger, slowQueryMs: 1000 }
    const v5 = Store.open({ ...options, migrations: migrations.slice(0, 5) })
    v5.db.prepare("INSERT INTO profiles (id, display_name, role, created_at) VALUES ('p', 'A', 'student', 'now')").run()
    await v5.dispose()

    const v6 = Store.open({ ...options, migrations: migrations.slice(0, 6) })
    expect(v6.migration).toMatchObject({ from: 5, to: 6, applied: ['0006-knowledge-assistant'] })
    const db = v6.db
    db.prepare("INSERT INTO kb_collections (id, name, created_at) VALUES ('c', 'Mine', 'now')").run()
    const doc = db.prepare("INSERT INTO kb_documents (id, collection_id, name, stored_file, format, bytes, sha256, title, state, added_at) VALUES (?, 'c', 'a.md', '/x', ?, 1, ?, 't', ?, 'now')")
    doc.run('d1', 'markdown', 'h1', 'queued')
    expect(() => doc.run('d2', 'markdown', 'h1', 'queued')).toThrow(/UNIQUE/)
    expect(() => doc.run('d3', 'rtf', 'h3', 'queued')).toThrow(/CHECK/)
    expect(() => doc.run('d4', 'pdf', 'h4', 'half-done')).toThrow(/CHECK/)
    db.prepare("INSERT INTO kb_staged_vectors (document_id, chunk, vector) VALUES ('d1', 0, x'00000000')").run()
    db.prepare("INSERT INTO assistant_conversations (id, profile_id, title, collections, created_at, updated_at) VALUES ('v', 'p', 't', '[\"c\"]', 'now', 'now')").run()
    expect(() => db.prepare("INSERT INTO assistant_conversations (id, title, collections, created_at, updated_at) VALUES ('w', 't', 'not json', 'now', 'now')").run()).toThrow(/CHECK/)
    db.prepare("INSERT INTO assistant_messages (conversation_id, role, text, created_at) VALUES ('v', 'user', 'q', 'now')").run()
    const memory = db.prepare("INSERT INTO assistant_memory (id, conversation_id, kind, value, source, updated_at) VALUES (?, 'v', ?, ?, 'user', 'now')")
    memory.run('m1', 'allergy', '青霉素')
    expect(() => memory.run('m2', 'allergy', '青霉素')).toThrow(/UNIQUE/)
    expect(() => memory.run('m3', 'diet', 'x')).toThrow(/CHECK/)
    db.prepare("DELETE FROM kb_collections WHERE id = 'c'").run()
    expect(db.prepare('SELECT (SELECT count(*) FROM kb_documents) + (SELECT count(*) FROM kb_staged_vectors) AS n').get()).toEqual({ n: 0 })
    db.prepare("DELETE FROM assistant_conversations WHERE id = 'v'").run()
    expect(db.prepare('SELECT (SELECT count(*) FROM assistant_messages) + (SELECT count(*) FROM assistant_memory) AS n').get()).toEqual({ n: 0 })
    await v6.dispose()
  })
})
