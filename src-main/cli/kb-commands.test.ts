import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { KnowledgeStatus } from '../contract/knowledge'
import { writeEncryptedPdfFixture, writeMarkdownFixture } from '../test-support/kb-fixtures'
import { runCliAsync } from '../test-support/spawn-cli'
import { useTempDirs } from '../test-support/temp-dir'

const tempDir = useTempDirs()

const chinese = '# 急性冠脉综合征\n\n## 临床表现\n典型表现为胸骨后压榨样疼痛，持续二十分钟以上。可伴大汗、恶心和呼吸困难。\n\n## 首要检查\n十分钟内完成十二导联心电图。\n'
const english = '# Appendicitis\n\n## Presentation\nPain starts around the navel and moves to the right iliac fossa. Fever and vomiting are common.\n'

async function kbList(dataDir: string): Promise<Omit<KnowledgeStatus, 'current'>> {
  const { stdout } = await runCliAsync(['--data', dataDir, 'kb', 'list', '--json'])
  return JSON.parse(stdout) as Omit<KnowledgeStatus, 'current'>
}

describe('cliniclab kb', () => {
  it('adds, lists, searches and removes documents, into "My guidelines" unless told otherwise', async () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    const zh = writeMarkdownFixture(dir, 'acs.md', chinese)
    const en = writeMarkdownFixture(dir, 'appendicitis.md', english)
    const add = await runCliAsync(['--data', dataDir, 'kb', 'add', zh, en])
    expect(add.stderr).toContain('Created the collection "My guidelines"')
    expect(add.stderr).toMatch(/… document 1\/2 acs\.md/)
    expect(add.status).toBe(0)
    expect(add.stdout).toMatch(/acs\.md: \d+ passage\(s\) in "My guidelines"/)

    const before = await kbList(dataDir)
    expect(before.collections).toEqual([expect.objectContaining({ name: 'My guidelines', documents: 2, embedder: null })])
    expect(before.documents.map((doc) => [doc.name, doc.state])).toEqual([['acs.md', 'ready'], ['appendicitis.md', 'ready']])

    const printed = await runCliAsync(['--data', dataDir, 'kb', 'search', '胸痛出汗', '--collection', 'My guidelines'])
    expect(printed.stdout).toContain('full-text only: no embedder chosen')
    expect(printed.stdout).toMatch(/1\. acs\.md · 急性冠脉综合征 › 临床表现 {2}\(full-text #1\)\n {3}典型表现为胸骨后压榨样疼痛/)

    const removed = await runCliAsync(['--data', dataDir, 'kb', 'remove', 'acs.md'])
    expect(removed.status).toBe(0)
    expect((await kbList(dataDir)).documents.map((doc) => doc.name)).toEqual(['appendicitis.md'])
  }, 60_000)

  it('refuses an encrypted PDF with its code, fails the run, still adds the other file, and leaves the rest as it was', async () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    await runCliAsync(['--data', dataDir, 'kb', 'add', writeMarkdownFixture(dir, 'acs.md', chinese)])
    const before = await kbList(dataDir)
    const locked = await runCliAsync(['--data', dataDir, 'kb', 'add', writeEncryptedPdfFixture(dir, 'locked.pdf'), writeMarkdownFixture(dir, 'appendicitis.md', english)])
    expect(locked.status).toBe(1)
    expect(locked.stderr).toMatch(/cliniclab: KB_PDF_ENCRYPTED: .*locked\.pdf/)
    expect(locked.stdout).toMatch(/appendicitis\.md: \d+ passage\(s\)/)
    const after = await kbList(dataDir)
    expect(after.documents.filter((doc) => doc.name !== 'appendicitis.md')).toEqual(before.documents)
    expect(after.documents.map((doc) => doc.name)).not.toContain('locked.pdf')
  }, 60_000)

  it('refuses an unknown collection unless asked to create it', async () => {
    const dir = tempDir()
    const { status, stderr } = await runCliAsync(['--data', join(dir, 'data'), 'kb', 'add', '--collection', 'Nephrology', writeMarkdownFixture(dir)])
    expect(status).toBe(1)
    expect(stderr).toContain('USAGE: No collection "Nephrology"; add --create')
  })
})
