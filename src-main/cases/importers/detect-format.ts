import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const importFormats = ['cliniclab-pack', 'agentclinic', 'spbench', 'medical-record'] as const
export type ImportFormat = (typeof importFormats)[number]

/** Looks at a path and says which format it holds, or null. Reads at most one record of each file. */
export function detectFormat(path: string): ImportFormat | null {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (!stat) return null
  if (stat.isDirectory()) {
    if (existsSync(join(path, 'manifest.json'))) return 'cliniclab-pack'
    const first = readdirSync(path).filter((name) => name.endsWith('.json')).sort()[0]
    return first ? detectJson(join(path, first)) : null
  }
  if (path.endsWith('.zip')) return 'cliniclab-pack'
  if (path.endsWith('.jsonl')) {
    const line = readFileSync(path, 'utf8').split('\n').find((candidate) => candidate.trim())
    try {
      const record = JSON.parse(line ?? '') as Record<string, unknown>
      return 'OSCE_Examination' in record || 'patient_info' in record ? 'agentclinic' : null
    } catch {
      return null
    }
  }
  return path.endsWith('.json') ? detectJson(path) : null
}

function detectJson(file: string): ImportFormat | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as unknown
    const first = (Array.isArray(value) ? value[0] : value) as Record<string, unknown> | undefined
    if (!first || typeof first !== 'object') return null
    if ('patientProfile' in first) return 'spbench'
    if ('主诉' in first || 'raw_medical_record' in first || 'medical_record' in first) return 'medical-record'
    if ('OSCE_Examination' in first) return 'agentclinic'
    return null
  } catch {
    return null
  }
}
