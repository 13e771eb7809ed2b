import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core/create-core'
import { CasePackInvalidError } from '../core/errors'
import { useTempDirs } from '../test-support/temp-dir'
import { caseSchema, type Case } from './case-schema'
import { packLimits } from './pack-source'
import { packFileContents, updateFolderChecksum, writePackFolder, writePackZip, type ManifestDraft } from './pack-writer'
import { validatePack } from './validate-pack'

const tempDir = useTempDirs()
const exampleCase = caseSchema.parse(JSON.parse(readFileSync(new URL('../../cases/starter/cases/acute-coronary-syndrome.json', import.meta.url), 'utf8')))
const draft: ManifestDraft = { id: 'test-pack', title: { zh: '测试', en: 'Test' }, version: '1.0.0', author: 'ClinicLab tests', licence: 'CC-BY-4.0', languages: ['zh', 'en'] }

function variant(id: string, change: (value: Case) => void = () => {}): Case {
  const copy = structuredClone(exampleCase)
  copy.id = id
  change(copy)
  return copy
}

function folderPack(cases: Case[]): string {
  const dir = join(tempDir(), 'pack')
  writePackFolder(dir, packFileContents(draft, cases))
  return dir
}

/** Edits a case file in place as raw JSON, then fixes the checksum so only the intended problem remains. */
function editCaseFile(dir: string, file: string, edit: (json: Record<string, unknown>) => void): void {
  const path = join(dir, file)
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  edit(json)
  writeFileSync(path, JSON.stringify(json))
  updateFolderChecksum(dir)
}

describe('validatePack', () => {
  it('accepts a well-formed folder pack', () => {
    const result = validatePack(folderPack([variant('a'), variant('b')]))
    expect(result.problems).toEqual([])
    expect(result.pack?.cases.map((item) => item.id)).toEqual(['a', 'b'])
  })

  it('accepts the same pack as a zip, also when zipped inside a top folder', () => {
    const files = packFileContents(draft, [variant('a')])
    const plain = join(tempDir(), 'plain.zip')
    writePackZip(plain, files)
    expect(validatePack(plain).problems).toEqual([])
    const nested = join(tempDir(), 'nested.zip')
    writeFileSync(nested, zipSync(Object.fromEntries([...files].map(([path, bytes]) => [`my-pack/${path}`, bytes]))))
    expect(validatePack(nested).pack?.manifest.id).toBe('test-pack')
  })

  it('names the file, the JSON path and the problem for a schema error', () => {
    const dir = folderPack([variant('a'), variant('b')])
    editCaseFile(dir, 'cases/b.json', (json) => {
      ;(json.facts as Record<string, unknown>[])[2]!.disclosure = 'sometimes'
    })
    const { pack, problems } = validatePack(dir)
    expect(pack).toBeNull()
    expect(problems).toEqual([{ file: 'cases/b.json', path: '$.facts[2].disclosure', message: expect.stringContaining('volunteered') }])
  })

  it('requires every language the manifest promises', () => {
    const dir = folderPack([variant('a')])
    editCaseFile(dir, 'cases/a.json', (json) => {
      delete ((json.facts as Record<string, Record<string, unknown>>[])[4]!.say as Record<string, unknown>).en
    })
    expect(validatePack(dir).problems).toEqual([{ file: 'cases/a.json', path: '$.facts[4].say', message: 'missing the "en" text the manifest promises' }])
  })

  it('reports duplicate fact ids and dangling red-flag references', () => {
    const dir = folderPack([variant('a')])
    editCaseFile(dir, 'cases/a.json', (json) => {
      const facts = json.facts as Record<string, unknown>[]
      facts[3]!.id = facts[2]!.id
      ;((json.assessment as Record<string, unknown>).redFlags as Record<string, unknown>[])[0]!.factIds = ['no.such.fact']
    })
    const messages = validatePack(dir).problems.map((problem) => `${problem.path} ${problem.message}`)
    expect(messages).toContain('$.facts[3].id duplicate id "hpi.character"')
    expect(messages).toContain('$.assessment.redFlags[0].factIds[0] no fact with id "no.such.fact"')
  })

  it('refuses non-UTF-8 text and broken JSON, naming the file', () => {
    const dir = folderPack([variant('a'), variant('b')])
    writeFileSync(join(dir, 'cases/a.json'), Buffer.from([0x7b, 0x22, 0xc4, 0xe3, 0xba, 0xc3, 0x22, 0x7d])) // GBK bytes
    writeFileSync(join(dir, 'cases/b.json'), '{"id": ')
    updateFolderChecksum(dir)
    const problems = validatePack(dir).problems
    expect(problems).toContainEqual({ file: 'cases/a.json', path: '$', message: 'not UTF-8 text (save the file as UTF-8)' })
    expect(problems).toContainEqual({ file: 'cases/b.json', path: '$', message: expect.stringMatching(/^not valid JSON/) })
  })

  it('refuses a pack whose files no longer match the checksum', () => {
    const dir = folderPack([variant('a')])
    const path = join(dir, 'cases/a.json')
    writeFileSync(path, readFileSync(path, 'utf8').replace('"medium"', '"hard"'))
    expect(validatePack(dir).problems).toEqual([{ file: 'manifest.json', path: '$.checksum', message: expect.stringContaining('update-checksum') }])
  })

  it('refuses a missing manifest and a manifest that lists a missing file', () => {
    const dir = folderPack([variant('a')])
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { cases: string[] }
    manifest.cases.push('cases/ghost.json')
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest))
    expect(validatePack(dir).problems).toContainEqual({ file: 'manifest.json', path: '$.cases[1]', message: 'lists cases/ghost.json, which is not in the pack' })
    rmSync(join(dir, 'manifest.json'))
    expect(validatePack(dir).problems).toEqual([{ file: 'manifest.json', path: '$', message: expect.stringContaining('missing') }])
  })

  it('refuses zip entries that escape the pack folder', () => {
    const files = Object.fromEntries(packFileContents(draft, [variant('a')]))
    const zip = join(tempDir(), 'evil.zip')
    writeFileSync(zip, zipSync({ ...files, '../../outside.json': strToU8('{}'), '/etc/passwd': strToU8('x') }))
    const problems = validatePack(zip).problems
    expect(problems.filter((problem) => problem.message.includes('escapes the pack folder')).map((problem) => problem.file).sort()).toEqual(['../../outside.json', '/etc/passwd'])
  })

  describe('with a small size limit', () => {
    const original = packLimits.maxFileBytes
    beforeEach(() => void (packLimits.maxFileBytes = 2000))
    afterEach(() => void (packLimits.maxFileBytes = original))

    it('refuses oversized files in folders and zips, before inflating them', () => {
      const dir = folderPack([variant('a')])
      expect(validatePack(dir).problems[0]?.message).toMatch(/over the 2 KB limit/)
      const zip = join(tempDir(), 'big.zip')
      writePackZip(zip, packFileContents(draft, [variant('a')]))
      expect(validatePack(zip).problems[0]?.message).toMatch(/uncompressed, over the 2 KB limit/)
    })
  })
})

describe('importing a pack', () => {
  let core: Core
  beforeEach(() => void (core = createCore({ dataDir: tempDir(), logLevel: 'warn' })))
  afterEach(() => core.dispose())

  it('stores every case, and a new version replaces the old', () => {
    const first = core.cases.importPack(folderPack([variant('a'), variant('b')]))
    expect(first.caseCount).toBe(2)
    expect(core.cases.list().map((item) => item.id)).toEqual(['a', 'b'])
    expect(core.cases.get('test-pack', 'b')?.facts.length).toBe(exampleCase.facts.length)
    core.cases.importPack(folderPack([variant('c')]))
    expect(core.cases.list().map((item) => item.id)).toEqual(['c'])
    expect(core.cases.packs()).toMatchObject([{ id: 'test-pack', caseCount: 1 }])
  })

  it('imports nothing from a pack with any error, and keeps what was there', () => {
    core.cases.importPack(folderPack([variant('keep')]))
    const dir = folderPack([variant('a'), variant('b')])
    editCaseFile(dir, 'cases/b.json', (json) => void (json.schemaVersion = 99))
    expect(() => core.cases.importPack(dir)).toThrow(CasePackInvalidError)
    expect(() => core.cases.importPack(dir)).toThrow(/cases\/b\.json: \$\.schemaVersion/)
    expect(core.cases.list().map((item) => item.id)).toEqual(['keep'])
  })
})
