import type { PackProblem } from '../core/errors'
import { caseSchema, type Case, type CaseLanguage } from './case-schema'
import { jsonPath } from './json-path'
import { packChecksum } from './pack-checksum'
import { packManifestSchema, type PackManifest } from './pack-manifest'
import { readPackFiles, type PackFiles } from './pack-source'

export interface ValidatedPack {
  manifest: PackManifest
  cases: Case[]
}

export interface PackValidation {
  pack: ValidatedPack | null
  /** Any problem means the pack is refused whole. */
  problems: PackProblem[]
  /** Worth fixing, but the pack is usable. */
  warnings: PackProblem[]
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Decodes strict UTF-8 and parses JSON, reporting problems against the file. */
export function parseJsonFile(file: string, bytes: Uint8Array, problems: PackProblem[]): unknown {
  let text: string
  try {
    text = utf8.decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    problems.push({ file, path: '$', message: 'not UTF-8 text (save the file as UTF-8)' })
    return undefined
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    problems.push({ file, path: '$', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` })
    return undefined
  }
}

/** Checks everything about a pack folder or zip without importing anything. */
export function validatePack(source: string): PackValidation {
  return validatePackFiles(source, readPackFiles(source))
}

/** The same checks on files already in memory (packs the importers build). */
export function validatePackFiles(source: string, { files, problems: readProblems }: PackFiles): PackValidation {
  const problems = [...readProblems]
  const warnings: PackProblem[] = []
  if (problems.some((problem) => problem.file === source)) return { pack: null, problems, warnings }

  const manifestBytes = files.get('manifest.json')
  if (!manifestBytes) {
    problems.push({ file: 'manifest.json', path: '$', message: 'missing: a pack needs a manifest.json at its root' })
    return { pack: null, problems, warnings }
  }
  const manifestResult = packManifestSchema.safeParse(parseJsonFile('manifest.json', manifestBytes, problems))
  if (!manifestResult.success) {
    if (problems.length === 0) for (const issue of manifestResult.error.issues) problems.push({ file: 'manifest.json', path: jsonPath(issue.path), message: issue.message })
    return { pack: null, problems, warnings }
  }
  const manifest = manifestResult.data

  const cases: Case[] = []
  const caseIds = new Map<string, string>()
  for (const file of manifest.cases) {
    const bytes = files.get(file)
    if (!bytes) {
      problems.push({ file: 'manifest.json', path: jsonPath(['cases', manifest.cases.indexOf(file)]), message: `lists ${file}, which is not in the pack` })
      continue
    }
    const json = parseJsonFile(file, bytes, problems)
    if (json === undefined) continue
    const result = caseSchema.safeParse(json)
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, path: jsonPath(issue.path), message: issue.message })
      continue
    }
    const previous = caseIds.get(result.data.id)
    if (previous) problems.push({ file, path: '$.id', message: `case id "${result.data.id}" is also used by ${previous}` })
    caseIds.set(result.data.id, file)
    problems.push(...missingLanguages(file, result.data, manifest.languages))
    warnings.push(...missingKeywords(file, result.data, manifest.languages))
    cases.push(result.data)
  }

  const listed = new Set(['manifest.json', ...manifest.cases])
  for (const path of files.keys()) {
    if (!listed.has(path) && path.endsWith('.json')) warnings.push({ file: path, path: '$', message: 'not listed in manifest.json, so not imported' })
  }
  if (problems.length === 0) {
    const actual = packChecksum(manifest.cases.map((path) => ({ path, bytes: files.get(path)! })))
    if (actual !== manifest.checksum) {
      problems.push({
        file: 'manifest.json',
        path: '$.checksum',
        message: `is ${manifest.checksum} but the case files hash to ${actual}; if you changed them on purpose, run \`cliniclab cases validate --update-checksum\``
      })
    }
  }
  return { pack: problems.length === 0 ? { manifest, cases } : null, problems, warnings }
}

/** Every text must exist in each language the manifest promises. */
function missingLanguages(file: string, value: Case, languages: CaseLanguage[]): PackProblem[] {
  const problems: PackProblem[] = []
  const visit = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node)) return node.forEach((item, index) => visit(item, [...path, index]))
    if (typeof node !== 'object' || node === null) return
    const keys = Object.keys(node)
    const isLocalized = keys.length > 0 && keys.every((key) => key === 'zh' || key === 'en') && Object.values(node).every((text) => typeof text === 'string')
    if (isLocalized) {
      for (const language of languages) if (!(language in node)) problems.push({ file, path: jsonPath(path), message: `missing the "${language}" text the manifest promises` })
      return
    }
    for (const [key, child] of Object.entries(node)) visit(child, [...path, key])
  }
  visit(value, [])
  return problems
}

function missingKeywords(file: string, value: Case, languages: CaseLanguage[]): PackProblem[] {
  return languages.flatMap((language) => {
    const without = value.facts.filter((fact) => !fact.keywords[language]?.length).length
    return without === 0
      ? []
      : [{ file, path: '$.facts', message: `${without} of ${value.facts.length} facts have no ${language} keywords: questions in ${language} reach them only through their text` }]
  })
}
