import { CasePackInvalidError, type PackProblem } from '../core/errors'
import type { Store } from '../store/store'
import type { Case } from './case-schema'
import type { PackManifest } from './pack-manifest'
import { validatePack, type ValidatedPack } from './validate-pack'

export interface ImportResult {
  manifest: PackManifest
  caseCount: number
  warnings: PackProblem[]
}

export class CaseService {
  constructor(private readonly store: Store) {}

  /** Validates the whole pack first; any problem refuses it whole, so nothing is half-imported. */
  importPack(source: string): ImportResult {
    const { pack, problems, warnings } = validatePack(source)
    if (!pack) throw new CasePackInvalidError(source, problems)
    return { ...this.importValidated(pack), warnings }
  }

  /** For packs built in memory (the importers of other formats). */
  importValidated(pack: ValidatedPack): Omit<ImportResult, 'warnings'> {
    this.store.transaction('cases.import', () => this.store.cases.replacePack(pack.manifest, pack.cases))
    return { manifest: pack.manifest, caseCount: pack.cases.length }
  }

  packs() {
    return this.store.cases.packs()
  }

  list() {
    return this.store.cases.summaries()
  }

  get(packId: string, caseId: string): Case | null {
    return this.store.cases.get(packId, caseId)
  }

  deletePack(packId: string): boolean {
    return this.store.transaction('cases.deletePack', () => this.store.cases.deletePack(packId))
  }
}
