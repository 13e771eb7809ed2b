import type { Case, Localized } from '../cases/case-schema'
import type { PackManifest } from '../cases/pack-manifest'
import type { StatementCache } from './statement-cache'

export interface CasePackRow {
  id: string
  version: string
  title: Localized
  author: string
  licence: string
  languages: string[]
  checksum: string
  importedAt: string
  caseCount: number
}

export interface CaseSummaryRow {
  packId: string
  id: string
  title: Localized
  specialty: string
  difficulty: Case['difficulty']
}

type RawPack = Omit<CasePackRow, 'title' | 'languages'> & { title: string; languages: string }
type RawSummary = Omit<CaseSummaryRow, 'title'> & { title: string }

export class CaseRepository {
  constructor(private readonly sql: StatementCache) {}

  /** Replaces any earlier version of the pack; the caller runs this inside one transaction. */
  replacePack(manifest: PackManifest, cases: Case[], now = new Date()): void {
    this.deletePack(manifest.id)
    this.sql
      .get<Record<string, unknown>>(
        `INSERT INTO case_packs (id, version, title, author, licence, languages, checksum, manifest, imported_at)
         VALUES (@id, @version, @title, @author, @licence, @languages, @checksum, @manifest, @importedAt)`
      )
      .run({
      id: manifest.id,
      version: manifest.version,
      title: JSON.stringify(manifest.title),
      author: manifest.author,
      licence: manifest.licence,
      languages: JSON.stringify(manifest.languages),
      checksum: manifest.checksum,
      manifest: JSON.stringify(manifest),
      importedAt: now.toISOString()
    })
    const insertCase = this.sql.get<Record<string, unknown>>(
      `INSERT INTO cases (pack_id, id, position, title, specialty, difficulty, body)
       VALUES (@packId, @id, @position, @title, @specialty, @difficulty, @body)`
    )
    cases.forEach((item, position) =>
      insertCase.run({
        packId: manifest.id,
        id: item.id,
        position,
        title: JSON.stringify(item.title),
        specialty: item.specialty,
        difficulty: item.difficulty,
        body: JSON.stringify(item)
      })
    )
  }

  packs(): CasePackRow[] {
    const rows = this.sql
      .get<[], RawPack>(
        `SELECT p.id, p.version, p.title, p.author, p.licence, p.languages, p.checksum, p.imported_at AS importedAt,
                (SELECT count(*) FROM cases c WHERE c.pack_id = p.id) AS caseCount
         FROM case_packs p ORDER BY p.id`
      )
      .all()
    return rows.map((row) => ({ ...row, title: JSON.parse(row.title) as Localized, languages: JSON.parse(row.languages) as string[] }))
  }

  summaries(): CaseSummaryRow[] {
    const rows = this.sql
      .get<[], RawSummary>('SELECT pack_id AS packId, id, title, specialty, difficulty FROM cases ORDER BY pack_id, position')
      .all()
    return rows.map((row) => ({ ...row, title: JSON.parse(row.title) as Localized }))
  }

  /** The stored case body; it was validated on import. */
  get(packId: string, caseId: string): Case | null {
    const row = this.sql.get<[string, string], { body: string }>('SELECT body FROM cases WHERE pack_id = ? AND id = ?').get(packId, caseId)
    return row ? (JSON.parse(row.body) as Case) : null
  }

  deletePack(packId: string): boolean {
    return this.sql.get<[string]>('DELETE FROM case_packs WHERE id = ?').run(packId).changes > 0
  }
}
