import { resolve } from 'node:path'
import { validateAny } from '../cases/case-service'
import type { ImportFormat } from '../cases/importers/detect-format'
import { updateFolderChecksum, writePackFolder, writePackZip } from '../cases/pack-writer'
import { createCore } from '../core/create-core'
import { CasePackInvalidError, type PackProblem } from '../core/errors'

export function printProblems(label: string, problems: PackProblem[]): void {
  for (const problem of problems) process.stderr.write(`  ${label} ${problem.file}: ${problem.path}: ${problem.message}\n`)
}

/** `cliniclab cases validate PATH`: exit 1 with every problem named, or a summary. */
export async function validateCommand(path: string, options: { format?: ImportFormat; updateChecksum?: boolean }): Promise<void> {
  if (options.updateChecksum) {
    const { before, after } = updateFolderChecksum(resolve(path))
    process.stdout.write(before === after ? 'Checksum already matches.\n' : `Checksum updated: ${before} → ${after}\n`)
  }
  const { pack, problems, warnings } = validateAny(resolve(path), options.format)
  printProblems('warning', warnings)
  if (!pack) {
    printProblems('error', problems)
    throw new CasePackInvalidError(path, problems)
  }
  const facts = pack.cases.reduce((sum, item) => sum + item.facts.length, 0)
  process.stdout.write(
    `Valid: ${pack.manifest.id} ${pack.manifest.version}, ${pack.cases.length} case(s), ${facts} facts, languages ${pack.manifest.languages.join('+')}` +
      (warnings.length ? `, ${warnings.length} warning(s)` : '') +
      '\n'
  )
}

export async function importCommand(dataDir: string, path: string, options: { format?: ImportFormat }): Promise<void> {
  const core = createCore({ dataDir })
  try {
    const result = core.cases.importPack(resolve(path), options.format)
    printProblems('warning', result.warnings)
    process.stdout.write(`Imported ${result.manifest.id} ${result.manifest.version}: ${result.caseCount} case(s) into ${dataDir}\n`)
  } catch (error) {
    if (error instanceof CasePackInvalidError) printProblems('error', error.data.problems)
    throw error
  } finally {
    await core.dispose()
  }
}

export async function listCommand(dataDir: string, options: { json?: boolean }): Promise<void> {
  const core = createCore({ dataDir })
  try {
    const packs = core.cases.packs()
    const cases = core.cases.list()
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ packs, cases }, null, 2)}\n`)
      return
    }
    if (packs.length === 0) process.stdout.write('No case packs installed. Import one with `cliniclab cases import PATH`.\n')
    for (const pack of packs) {
      process.stdout.write(`${pack.id} ${pack.version} (${pack.caseCount} cases, ${pack.languages.join('+')})\n`)
      for (const item of cases.filter((entry) => entry.packId === pack.id))
        process.stdout.write(`  ${item.id}  ${item.title.zh ?? item.title.en}  [${item.specialty}, ${item.difficulty}]\n`)
    }
  } finally {
    await core.dispose()
  }
}

/** `cliniclab cases export PACK OUT`: writes an installed pack as a folder, or a zip when OUT ends in .zip. */
export async function exportCommand(dataDir: string, packId: string, out: string): Promise<void> {
  const core = createCore({ dataDir })
  try {
    const exported = core.cases.exportFiles(packId)
    if (!exported) throw new Error(`No installed pack "${packId}". Installed: ${core.cases.packs().map((candidate) => candidate.id).join(', ') || 'none'}.`)
    if (out.endsWith('.zip')) writePackZip(resolve(out), exported.files)
    else writePackFolder(resolve(out), exported.files)
    process.stdout.write(`Exported ${packId} (${exported.caseCount} cases) to ${out}\n`)
  } finally {
    await core.dispose()
  }
}
