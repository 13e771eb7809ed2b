import { CasePackInvalidError, type PackProblem } from '../core/errors'
import type { Store } from '../store/store'
import type { Case } from './case-schema'
import type { PackManifest } from './pack-manifest'
import { zipSync } from 'fflate'
import { convertToPack } from './importers/convert'
import { packFileContents } from './pack-writer'
import { detectFormat, type ImportFormat } from './importers/detect-format'
import { validatePack, validatePackFiles, type PackValidation, type ValidatedPack } from './validate-pack'


export interface ImportResult {
  manifest: PackManifest
  caseCount: number
  warnings: PackProblem[]
}

export class CaseService {
  constructor(private readonly store: Store) {}

  /** Validates the whole pack first; any problem refuses it whole, so nothing is half-imported. */
  importPack(source: string, format?: ImportFormat): ImportResult {
    const { pack, problems, warnings } = validateAny(source, format)
    if (!pack) throw new CasePackInvalidError(source, problems)
    return { ...this.importValidated(pack), warnings }
  }

  /** For packs built in memory (the importers of other formats). */
  importValidated(pack: ValidatedPack): Omit<ImportResult, 'warnings'> {
    this.store.transaction('cases.import', () => this.store.cases.replacePack(pack.manifest, pack.cases))
    return { manifest: pack.manifest, caseCount: pack.cases.length }
  }

  /** Installs a pack that ships with the app when it is missing or older than the shipped one. */
  ensureBundled(dir: string): ImportResult | null {
    const { pack, problems, warnings } = validatePack(dir)
    if (!pack) throw new CasePackInvalidError(dir, problems)
    const installed = this.store.cases.packs().find((candidate) => candidate.id === pack.manifest.id)
    if (installed?.checksum === pack.manifest.checksum) return null
    return { ...this.importValidated(pack), warnings }
  }

  /** An installed pack as the files of a pack folder, with a fresh checksum. */
  exportFiles(packId: string): { name: string; files: Map<string, Uint8Array>; caseCount: number } | null {
    const pack = this.store.cases.packs().find((candidate) => candidate.id === packId)
    if (!pack) return null
    const cases = this.store.cases
      .summaries()
      .filter((item) => item.packId === packId)
      .map((item) => this.store.cases.get(packId, item.id)!)
    const files = packFileContents({ id: pack.id, title: pack.title, version: pack.version, author: pack.author, licence: pack.licence, languages: pack.languages as ('zh' | 'en')[] }, cases)
    return { name: `${pack.id}-${pack.version}`, files, caseCount: cases.length }
  }

  /** An installed pack as the bytes of a zip, ready to share. */
  exportZip(packId: string): { fileName: string; bytes: Uint8Array } | null {
    const exported = this.exportFiles(packId)
    return exported ? { fileName: `${exported.name}.zip`, bytes: zipSync(Object.fromEntries(exported.files), { level: 6 }) } : null
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

/**
 * Validates a ClinicLab pack, or converts a file of another format (AgentClinic,
 * SPBench, Chinese medical records) into one and validates that.
 */
export function validateAny(source: string, format: ImportFormat | undefined = detectFormat(source) ?? undefined): PackValidation {
  if (!format) {
    return {
      pack: null,
      problems: [{ file: source, path: '$', message: 'not a recognised case format (a ClinicLab pack, AgentClinic JSONL, SPBench profiles or Chinese medical records)' }],
      warnings: []
    }
  }
  if (format === 'cliniclab-pack') return validatePack(source)
  return validatePackFiles(source, convertToPack(source, format))
}
