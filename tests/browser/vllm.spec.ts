import { mkdirSync, mkdtempSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureTinySet } from '../../src-main/models/tiny-set'
import { writeStandInLauncher } from '../../src-main/test-support/vllm-stand-in-launcher'
import { zhCN } from '../../src-renderer/src/i18n/zh-CN'
import { expect, test } from './host-fixture'

// vLLM here is the STAND-IN (src-main/test-support/vllm-stand-in.ts), given to the view as the `vllm` program.
test('vLLM: a failed start explained in plain words, then a working server with its log, metrics and a role on it', async ({ page, host }) => {
  test.setTimeout(120_000)
  await ensureTinySet(join(tmpdir(), 'cliniclab-tiny-models'))
  const dir = mkdtempSync(join(tmpdir(), 'cliniclab-vllm-'))
  const folder = (name: string): string => {
    mkdirSync(join(dir, name))
    return join(dir, name)
  }
  const failing = writeStandInLauncher(folder('oom'), { STAND_IN_FAIL: 'oom' })
  const working = writeStandInLauncher(folder('ok'))
  await host.call('settings/update', { language: 'zh-CN' })
  await page.goto(`${host.url}#/models`)
  const panel = page.getByTestId('vllm-panel')
  await expect(page.getByTestId('vllm-state')).toHaveText(zhCN.vllm.state.idle)

  await page.getByTestId('vllm-executable').fill(failing)
  await page.getByTestId('vllm-model').fill('/models/Qwen3-8B')
  await panel.getByLabel(zhCN.vllm.servedName).fill('qwen3-8b')
  await page.getByTestId('vllm-start').click()
  await expect(page.getByTestId('vllm-state')).toHaveText(zhCN.vllm.state.crashed, { timeout: 30_000 })
  const failure = page.getByTestId('vllm-failure')
  await expect(failure).toContainText(zhCN.vllm.causes.GPU_MEMORY.cause)
  await expect(failure).toContainText(zhCN.vllm.causes.GPU_MEMORY.fix)
  await expect(failure).toContainText('CUDA out of memory')
  await expect(page.getByTestId('vllm-log')).toContainText('--served-model-name qwen3-8b')
  mkdirSync('test-results/screens', { recursive: true })
  await page.screenshot({ path: 'test-results/screens/zh-CN-vllm-failure.png', fullPage: true })

  await page.getByTestId('vllm-executable').fill(working)
  await page.getByTestId('vllm-start').click()
  await expect(page.getByTestId('vllm-state')).toHaveText(zhCN.vllm.state.ready, { timeout: 60_000 })
  await expect(page.getByTestId('vllm-failure')).toHaveCount(0)
  await expect(page.getByTestId('vllm-log')).toContainText('Application startup complete')
  await expect(page.getByTestId('vllm-kv')).toHaveText('5.0 %', { timeout: 10_000 })

  await page.getByTestId('assign-critic-choice').selectOption({ label: 'qwen3-8b' })
  await page.getByTestId('temperature-critic').fill('0.2')
  await page.getByTestId('max-tokens-critic').fill('300')
  await page.getByTestId('assign-critic').click()
  await expect(page.getByTestId('role-critic')).toContainText('vllm / qwen3-8b')
  await expect(page.getByTestId('role-critic')).toContainText('temperature 0.2 · maxTokens 300')
  await page.screenshot({ path: 'test-results/screens/zh-CN-vllm-ready.png', fullPage: true })

  await page.getByTestId('vllm-stop').click()
  await expect(page.getByTestId('vllm-state')).toHaveText(zhCN.vllm.state.idle)
  // Saved settings come back with the page.
  await page.reload()
  await expect(page.getByTestId('vllm-executable')).toHaveValue(working)
})

test('Other servers: add one with a key, list its models on request, run a role on it, remove it', async ({ page, host }) => {
  // A minimal OpenAI-compatible server in the test process: only /v1/models, and only with the right key.
  const seen: string[] = []
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`)
    if (req.headers.authorization !== 'Bearer sk-test-123') return void res.writeHead(401).end()
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data: [{ id: 'remote-teacher', object: 'model' }] }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  try {
    await host.call('settings/update', { language: 'zh-CN' })
    await page.goto(`${host.url}#/models`)
    await page.getByTestId('endpoint-name').fill('lab-server')
    await page.getByTestId('endpoint-url').fill(`http://127.0.0.1:${port}/v1`)
    await page.getByTestId('endpoint-key').fill('sk-test-123')
    await page.getByTestId('endpoint-add').click()
    const row = page.getByTestId('endpoint-row')
    await expect(row).toContainText('lab-server')
    await expect(row).toContainText(zhCN.endpoints.keyStored)
    await expect(page.getByTestId('endpoint-key')).toHaveValue('')
    // Adding contacts nothing; only "Check" does.
    expect(seen).toEqual([])
    await page.getByTestId('endpoint-check').click()
    await expect(page.getByTestId('endpoint-models')).toHaveText('remote-teacher')
    expect(seen).toEqual(['GET /v1/models Bearer sk-test-123'])

    await page.getByTestId('assign-teacher-choice').selectOption({ label: 'remote-teacher' })
    await page.getByTestId('assign-teacher').click()
    await expect(page.getByTestId('role-teacher')).toContainText('lab-server / remote-teacher')
    await page.screenshot({ path: 'test-results/screens/zh-CN-endpoints.png', fullPage: true })

    await page.getByRole('button', { name: zhCN.endpoints.remove.replace('{{name}}', 'lab-server') }).click()
    await expect(row).toHaveCount(0)
    await expect(page.getByTestId('role-teacher')).toContainText(zhCN.engines.unassigned)
  } finally {
    server.close()
  }
})
