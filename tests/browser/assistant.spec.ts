import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeEncryptedPdfFixture } from '../../src-main/test-support/kb-fixtures'
import { zhCN } from '../../src-renderer/src/i18n/zh-CN'
import { expect, test } from './host-fixture'

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '')

// A made-up condition, so only this test's note can answer for it.
const note = `# 赤霞综合征

> 虚构的教学用疾病，只为测试而写。

## 首选治疗

赤霞综合征首选口服霞光素，每日两次，疗程七天。

## 危险信号

- 皮肤出现大片赤色霞斑。
- 高热不退超过三天。
`

test('Knowledge and the medical assistant: a collection with an uploaded note and refused files, an evidence-only answer citing it, its trace, and memory kept across a reload', async ({ page, host }) => {
  test.setTimeout(90_000)
  const folder = mkdtempSync(join(tmpdir(), 'cliniclab-kb-'))
  const collection = `测试文档集-${Date.now()}`
  try {
    await host.call('settings/update', { language: 'zh-CN' })
    await page.goto(`${host.url}#/knowledge`)
    await page.getByTestId('collection-name').fill(collection)
    await page.getByTestId('collection-create').click()
    const card = page.getByTestId('collection').filter({ has: page.getByRole('heading', { name: collection }) })
    await expect(card.getByTestId('collection-counts')).toContainText('0 个文档')

    await card.getByTestId('document-files').setInputFiles({ name: 'chixia.md', mimeType: 'text/markdown', buffer: Buffer.from(note) })
    const row = card.getByTestId('document-row').filter({ hasText: 'chixia.md' })
    await expect(row.getByTestId('document-state')).toHaveText(zhCN.knowledge.states.ready, { timeout: 30_000 })
    await expect(row).toContainText('赤霞综合征')
    await expect(card.getByTestId('collection-counts')).toContainText('1 个文档')

    // Two bad files at once: each is refused with the core's reason, and the collection keeps its one document.
    const locked = writeEncryptedPdfFixture(folder, 'locked.pdf')
    const empty = join(folder, 'empty.md')
    writeFileSync(empty, '')
    await card.getByTestId('document-files').setInputFiles([locked, empty])
    const lockedUpload = card.getByTestId('upload-row').filter({ hasText: 'locked.pdf' })
    const emptyUpload = card.getByTestId('upload-row').filter({ hasText: 'empty.md' })
    await expect(lockedUpload.getByTestId('upload-error')).toContainText(zhCN.knowledge.errors.KB_PDF_ENCRYPTED)
    // The core's own message (it names the file) and its code stay beside the advice.
    await expect(lockedUpload.getByTestId('upload-error')).toContainText('KB_PDF_ENCRYPTED: locked.pdf is password-protected')
    await expect(emptyUpload.getByTestId('upload-error')).toContainText(zhCN.knowledge.errors.KB_DOCUMENT_EMPTY)
    await expect(emptyUpload.getByTestId('upload-error')).toContainText('KB_DOCUMENT_EMPTY')
    await expect(card.getByTestId('collection-counts')).toContainText('1 个文档')
    await expect(card.getByTestId('document-row')).toHaveCount(1)
    mkdirSync('test-results/screens', { recursive: true })
    await card.screenshot({ path: 'test-results/screens/zh-CN-knowledge.png' })

    // The assistant, restricted to that collection, answers from the note alone.
    await page.goto(`${host.url}#/assistant`)
    await page.getByRole('button', { name: zhCN.assistant.newConversation, exact: true }).click()
    await expect(page).toHaveURL(/#\/assistant\/[0-9a-f-]{36}$/)
    const picker = page.getByTestId('collection-picker')
    await picker.getByRole('checkbox', { name: /Starter pack/ }).uncheck()
    await picker.getByRole('checkbox', { name: collection }).check()
    await expect(picker.getByRole('checkbox', { name: /Starter pack/ })).not.toBeChecked()
    await expect(picker.getByRole('checkbox', { name: collection })).toBeChecked()
    // The ticks show at once; the question waits until the core has saved them.
    const conversationId = /#\/assistant\/([0-9a-f-]{36})$/.exec(page.url())![1]!
    const collectionId = (await host.call<{ collections: { id: string; name: string }[] }>('knowledge/status')).collections.find((entry) => entry.name === collection)!.id
    await expect.poll(async () => (await host.call<{ conversation: { collections: string[] } }>('assistant/get', { id: conversationId })).conversation.collections).toEqual([collectionId])

    await page.getByTestId('assistant-input').fill('赤霞综合征的首选治疗是什么？')
    await page.getByTestId('assistant-input').press('Enter')
    const answer = page.getByTestId('answer').last()
    await expect(answer).toHaveAttribute('data-mode', 'evidence-only')
    await expect(answer.getByTestId('answer-mode')).toContainText(zhCN.assistant.modes['evidence-only'])
    await expect(page.locator('[data-role="user"]').last()).toHaveText('赤霞综合征的首选治疗是什么？')
    const chip = answer.getByTestId('citation').first()
    await expect(chip).toBeVisible()
    await chip.click()
    const passage = page.getByTestId('passage-panel')
    await expect(passage.getByTestId('passage-document')).toHaveText('chixia.md')
    await expect(passage.getByTestId('passage-text')).toContainText('霞光素')
    await expect(passage.getByTestId('passage-source')).toContainText('赤霞综合征')

    await answer.getByTestId('trace').locator('summary').click()
    await expect(answer.getByTestId('trace-retrieval')).toContainText(zhCN.knowledge.notes['no-embedder'])
    await expect(answer.getByTestId('trace-routing')).toContainText(zhCN.assistant.trace.intents.medical)
    await expect(answer.getByTestId('trace-queries')).toContainText('赤霞综合征')
    await expect(answer.getByTestId('trace')).toContainText(zhCN.assistant.trace.noSteps)
    // The conversation takes its title from the question.
    await expect(page.getByTestId('conversation-row').filter({ hasText: '赤霞综合征' })).toHaveCount(1)

    // Entity memory: added by hand, corrected inline, still there after a reload.
    const memory = page.getByTestId('memory-panel')
    await memory.getByTestId('memory-value').fill('青霉素')
    await memory.getByTestId('memory-add').click()
    const entry = memory.getByTestId('memory-entry')
    await expect(entry).toHaveCount(1)
    await expect(entry).toContainText(zhCN.assistant.memoryKinds.allergy)
    await expect(entry).toContainText('青霉素')
    await expect(entry).toContainText(zhCN.assistant.memorySources.user)
    await entry.getByRole('button', { name: fill(zhCN.assistant.editMemory, { value: '青霉素' }) }).click()
    await entry.getByRole('textbox', { name: zhCN.assistant.memoryValue }).fill('头孢')
    await entry.getByRole('button', { name: zhCN.assistant.saveMemory }).click()
    await expect(entry).toContainText('头孢')
    await expect(entry).not.toContainText('青霉素')
    await page.screenshot({ path: 'test-results/screens/zh-CN-assistant.png' })

    await page.reload()
    await expect(page.getByTestId('memory-entry')).toHaveText(new RegExp(`${zhCN.assistant.memoryKinds.allergy}.*头孢`))
    await expect(page.getByTestId('answer').last()).toHaveAttribute('data-mode', 'evidence-only')
    await expect(page.getByTestId('collection-picker').getByRole('checkbox', { name: collection })).toBeChecked()

    // Leave the shared host as it was: the conversation, then the collection.
    const title = page.getByTestId('conversation-row').filter({ hasText: '赤霞综合征' })
    await title.getByRole('button', { name: fill(zhCN.assistant.deleteConversation, { title: '赤霞综合征的首选治疗是什么？' }) }).click()
    await expect(page.getByTestId('conversation-row').filter({ hasText: '赤霞综合征' })).toHaveCount(0)
    await expect(page).toHaveURL(/#\/assistant$/)
    await page.goto(`${host.url}#/knowledge`)
    await card.getByRole('button', { name: fill(zhCN.knowledge.removeCollection, { name: collection }) }).click()
    await expect(card).toHaveCount(0)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})
