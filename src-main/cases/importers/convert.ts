import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { PackProblem } from '../../core/errors'
import type { CaseInput } from '../case-schema'
import type { PackFiles } from '../pack-source'
import { packFileContents, type ManifestDraft } from '../pack-writer'
import { parseJsonFile } from '../validate-pack'
import { importAgentClinicNejm, importAgentClinicOsce } from './agentclinic'
import { slug } from './case-builder'
import type { ImportFormat } from './detect-format'
import { importMedicalRecord } from './medical-record'
import { importSpbench } from './spbench'

type Json = Record<string, unknown>

export interface Conversion extends PackFiles {
  caseCount: number
}

/** Turns a file or folder of another format into the files of a ClinicLab pack (validated by the caller). */
export function convertToPack(path: string, format: Exclude<ImportFormat, 'cliniclab-pack'>): Conversion {
  const problems: PackProblem[] = []
  const cases: CaseInput[] = []
  const attempt = (file: string, where: string, build: () => CaseInput) => {
    try {
      cases.push(build())
    } catch (error) {
      problems.push({ file, path: where, message: `could not be imported: ${error instanceof Error ? error.message : String(error)}` })
    }
  }

  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => name.endsWith('.json') || name.endsWith('.jsonl'))
        .sort()
        .map((name) => join(path, name))
    : [path]
  for (const file of files) {
    const name = basename(file)
    if (file.endsWith('.jsonl')) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (!line.trim()) return
          const record = parseJsonFile(`${name} line ${index + 1}`, new TextEncoder().encode(line), problems) as Json | undefined
          if (!record) return
          attempt(name, `line ${index + 1}`, () =>
            'patient_info' in record ? importAgentClinicNejm(record, index, name) : importAgentClinicOsce(record, index, name)
          )
        })
      continue
    }
    const value = parseJsonFile(name, readFileSync(file), problems)
    if (value === undefined) continue
    const records = (Array.isArray(value) ? value : [value]) as Json[]
    records.forEach((record, index) => {
      const where = Array.isArray(value) ? `$[${index}]` : '$'
      if (format === 'spbench') attempt(name, where, () => importSpbench(record, name))
      else if (format === 'medical-record') attempt(name, where, () => importMedicalRecord(record, index, name))
      else attempt(name, where, () => importAgentClinicOsce((record as Json), index, name))
    })
  }

  const language = format === 'agentclinic' ? 'en' : 'zh'
  const base = slug(basename(path).replace(/\.(jsonl?|zip)$/, '')) || format
  const draft: ManifestDraft = {
    id: base.startsWith(format) ? base : `${format}-${base}`,
    title: { [language]: `${basename(path)} (${format})` },
    version: '1.0.0',
    author: 'imported',
    licence: 'see the source',
    languages: [language]
  }
  return { files: packFileContents(draft, cases), problems, caseCount: cases.length }
}
