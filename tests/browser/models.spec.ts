import { closeSync, copyFileSync, ftruncateSync, mkdirSync, openSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureTinySet } from '../../src-main/models/tiny-set'
import { zhCN } from '../../src-renderer/src/i18n/zh-CN'
import { expect, test } from './host-fixture'

test('Models & engines: import the generated model and an adapter, start the local engine, chat with timing, assign a role, and see a failed start explained', async ({ page, host }) => {
  test.setTimeout(120_000)
  const tiny = await ensureTinySet(join(tmpdir(), 'cliniclab-tiny-models'))
  await host.call('settings/update', { language: 'zh-CN' })
  await page.goto(`${host.url}#/models`)
  await expect(page.getByTestId('engine-state')).toHaveText(zhCN.engines.state.idle)

  for (const file of [tiny.model, tiny.adapters[0]!.path]) {
    await page.getByTestId('import-path').fill(file)
    await page.getByTestId('import-model').click()
    await expect(page.getByTestId('import-path')).toHaveValue('')
  }
  // Other tests share this host; only the rows of these two files are counted.
  for (const name of ['tiny-qwen3-vocab-v1.gguf', 'tiny-lora-a-v1.gguf']) await expect(page.getByTestId('library-row').filter({ hasText: name })).toHaveCount(1)
  await expect(page.getByTestId('library')).toContainText(zhCN.engines.kinds.adapter)
  await expect(page.getByTestId('library')).toContainText('llama')

  await page.getByRole('checkbox', { name: 'tiny-lora-a-v1' }).check()
  await page.getByTestId('start-threads').fill('1')
  await page.getByTestId('start-engine').click()
  await expect(page.getByTestId('engine-state')).toHaveText(zhCN.engines.state.ready, { timeout: 60_000 })
  await expect(page.getByTestId('local-api-url')).toContainText('http://127.0.0.1:')
  await expect(page.getByTestId('engine-status')).toContainText('tiny-qwen3-vocab-v1')

  await page.getByTestId('try-target').selectOption({ label: 'tiny-qwen3-vocab-v1 + tiny-lora-a-v1' })
  await page.getByTestId('try-max-tokens').fill('12')
  await page.getByTestId('try-prompt').fill('患者胸痛两小时，首先做什么检查？')
  await page.getByTestId('try-send').click()
  await expect(page.getByTestId('try-tokens')).toHaveText('12')
  await expect(page.getByTestId('try-timing')).toContainText(zhCN.engines.finishReasons.length)
  await expect(page.getByTestId('try-timing')).toContainText('ms')
  expect((await page.getByTestId('try-output').textContent())?.length).toBeGreaterThan(0)

  await page.getByTestId('assign-extractor-choice').selectOption({ label: 'tiny-qwen3-vocab-v1 + tiny-lora-a-v1' })
  await page.getByTestId('assign-extractor').click()
  await expect(page.getByTestId('role-extractor')).toContainText('local / tiny-qwen3-vocab-v1 + tiny-lora-a-v1')
  mkdirSync('test-results/screens', { recursive: true })
  await page.screenshot({ path: 'test-results/screens/zh-CN-models-ready.png', fullPage: true })

  // A download cut short inside its last tensor: its header reads, so it is listed as a model; starting it fails and says why.
  const cut = join(host.dataDir, 'models', 'broken-download.gguf')
  copyFileSync(tiny.model, cut)
  const handle = openSync(cut, 'r+')
  ftruncateSync(handle, statSync(tiny.model).size - 100)
  closeSync(handle)
  await page.getByTestId('stop-engine').click()
  await expect(page.getByTestId('engine-state')).toHaveText(zhCN.engines.state.idle)
  await page.reload()
  await expect(page.getByTestId('library-row').filter({ hasText: 'broken-download.gguf' })).toHaveCount(1)
  await page.getByTestId('start-model').selectOption('broken-download.gguf')
  await page.getByTestId('start-engine').click()
  await expect(page.getByTestId('engine-state')).toHaveText(zhCN.engines.state.crashed)
  await expect(page.getByTestId('engine-failure')).toContainText('broken-download.gguf')
  await expect(page.getByTestId('engine-failure')).toContainText(zhCN.engines.causes.MODEL_FILE_INVALID)
  await expect(page.getByTestId('engine-failure')).toContainText('MODEL_FILE_INVALID')
  await page.screenshot({ path: 'test-results/screens/zh-CN-models-failure.png', fullPage: true })
})
