import { mkdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureTinySet } from '../../src-main/models/tiny-set'
import { FakeHuggingFace } from '../../src-main/test-support/fake-hf-server'
import { zhCN } from '../../src-renderer/src/i18n/zh-CN'
import { expect, test } from './host-fixture'

// The server is the Hugging Face STAND-IN (src-main/test-support/fake-hf-server.ts), on 127.0.0.1, given as a plain link.
test('Downloads: progress, stop, resume to the end with the checksum verified, the model listed; a wrong checksum explained', async ({ page, host }) => {
  test.setTimeout(120_000)
  const tiny = await ensureTinySet(join(tmpdir(), 'cliniclab-tiny-models'))
  const hf = await FakeHuggingFace.start()
  try {
    const content = readFileSync(tiny.model)
    hf.host('lab/tiny-GGUF', 'downloaded-tiny.gguf', content)
    hf.host('lab/tiny-GGUF', 'damaged-tiny.gguf', content)
    // Slow enough to see it run and stop it half-way: about 45 MB at 1 MB per 40 ms.
    hf.throttle({ chunkBytes: 1024 * 1024, delayMs: 40 })
    await host.call('settings/update', { language: 'zh-CN' })
    await page.goto(`${host.url}#/models`)

    await page.getByTestId('download-uri').fill(hf.url('lab/tiny-GGUF', 'downloaded-tiny.gguf'))
    await page.getByTestId('download-start').click()
    const row = page.getByTestId('download-row').filter({ hasText: 'downloaded-tiny.gguf' })
    await expect(row.getByTestId('download-state')).toHaveText(zhCN.downloads.state.downloading)
    await expect(row.getByTestId('download-figures')).toContainText('%')
    await expect(row.locator('progress')).toBeVisible()
    await row.getByTestId('download-cancel').click()
    await expect(row.getByTestId('download-state')).toHaveText(zhCN.downloads.state.cancelled)
    // Nothing half-downloaded joins the models folder.
    await expect(page.getByTestId('library-row')).toHaveCount(0)

    await row.getByTestId('download-resume').click()
    const resumed = page.getByTestId('download-row').filter({ hasText: 'downloaded-tiny.gguf' }).last()
    await expect(resumed.getByTestId('download-state')).toHaveText(zhCN.downloads.state.done, { timeout: 60_000 })
    await expect(resumed.getByTestId('download-figures')).toContainText(zhCN.downloads.resumedFrom.split('{{')[0]!.trim())
    await expect(resumed.getByTestId('download-checksum')).toContainText(zhCN.downloads.verified)
    expect(hf.ranges.some((range) => range !== null && /^bytes=[1-9]\d*-$/.test(range))).toBe(true)
    await expect(page.getByTestId('library-row').filter({ hasText: 'downloaded-tiny.gguf' })).toHaveCount(1)
    mkdirSync('test-results/screens', { recursive: true })
    await page.getByTestId('downloads').screenshot({ path: 'test-results/screens/zh-CN-downloads.png' })

    hf.throttle(null)
    await page.getByTestId('download-uri').fill(hf.url('lab/tiny-GGUF', 'damaged-tiny.gguf'))
    await page.getByTestId('download-sha').fill('0'.repeat(64))
    await page.getByTestId('download-start').click()
    const damaged = page.getByTestId('download-row').filter({ hasText: 'damaged-tiny.gguf' })
    await expect(damaged.getByTestId('download-state')).toHaveText(zhCN.downloads.state.failed, { timeout: 30_000 })
    await expect(damaged.getByTestId('download-error')).toContainText(zhCN.downloads.errors.DOWNLOAD_CHECKSUM_MISMATCH)
    await expect(page.getByTestId('library-row').filter({ hasText: 'damaged-tiny.gguf' })).toHaveCount(0)
    // The host is shared with other tests: leave its models folder as it was.
    await host.call('engines/deleteModel', { id: 'downloaded-tiny.gguf' })
  } finally {
    await hf.close()
  }
})
