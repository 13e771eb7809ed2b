import { en } from '../../src-renderer/src/i18n/en'
import { zhCN } from '../../src-renderer/src/i18n/zh-CN'
import { expect, test } from './host-fixture'

const views = ['patient', 'assistant', 'knowledge', 'cases', 'results', 'models', 'training', 'benchmarks', 'settings'] as const
const languages = { 'zh-CN': zhCN, en } as const

for (const [language, text] of Object.entries(languages)) {
  test.describe(`in ${language}`, () => {
    test.beforeEach(async ({ host }) => {
      await host.call('settings/update', { language })
    })

    for (const view of views) {
      test(`the ${view} view shows its real content`, async ({ page, host }) => {
        await page.goto(`${host.url}#/${view}`)
        await expect(page.locator('html')).toHaveAttribute('lang', language)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.views[view].title)
        await expect(page.locator(`a[data-view="${view}"]`)).toHaveAttribute('aria-current', 'page')
        // Every navigation entry is in this language.
        for (const other of views) await expect(page.locator(`a[data-view="${other}"]`)).toContainText(text.nav[other])
        if (view === 'patient') {
          // The host installs the starter pack, so the picker lists its twelve cases.
          await expect(page.getByText(text.views.patient.lead)).toBeVisible()
          await expect(page.getByRole('heading', { level: 2, name: text.practice.profile })).toBeVisible()
          await expect(page.getByRole('heading', { level: 2, name: text.practice.pickCase })).toBeVisible()
          await expect(page.getByTestId('case-list').locator('li')).toHaveCount(12)
        } else if (view === 'assistant') {
          // The host adds the starter knowledge collection, so a question can be asked at once: samples are offered.
          await expect(page.getByText(text.views.assistant.lead)).toBeVisible()
          await expect(page.getByRole('heading', { level: 2, name: text.assistant.conversations })).toBeVisible()
          await expect(page.getByTestId('sample-question')).toHaveText(text.assistant.sampleQuestions)
          await expect(page.getByTestId('assistant-input')).toHaveAttribute('placeholder', text.assistant.askPlaceholder)
        } else if (view === 'knowledge') {
          await expect(page.getByText(text.views.knowledge.lead)).toBeVisible()
          await expect(page.getByRole('heading', { level: 2, name: text.knowledge.collections })).toBeVisible()
          await expect(page.getByTestId('collection').filter({ hasText: 'Starter pack' }).getByTestId('collection-counts')).toContainText('24')
          await expect(page.getByTestId('embedder-state')).toHaveText(text.knowledge.embedder.states.none)
        } else if (view === 'cases') {
          await expect(page.getByText(text.views.cases.lead)).toBeVisible()
          await expect(page.getByRole('heading', { level: 2, name: text.casesView.installed })).toBeVisible()
          await expect(page.getByTestId('pack-list')).toContainText('starter 1.0.0')
        } else if (view === 'results') {
          await expect(page.getByText(text.views.results.lead)).toBeVisible()
          await expect(page.getByRole('heading', { level: 2, name: text.results.leaderboard })).toBeVisible()
          await expect(page.getByTestId('export-csv')).toHaveText(text.results.exportCsv)
        } else if (view === 'models') {
          await expect(page.getByText(text.views.models.lead)).toBeVisible()
          await expect(page.getByTestId('engine-state')).toHaveText(text.engines.state.idle)
          await expect(page.getByRole('heading', { level: 2, name: text.engines.library })).toBeVisible()
          await expect(page.getByRole('heading', { level: 2, name: text.engines.rolesTitle })).toBeVisible()
          await expect(page.getByTestId('role-patient')).toContainText(text.engines.roles.patient)
          await expect(page.getByTestId('recommendations')).toContainText('Qwen3-1.7B')
        } else if (view === 'settings') {
          await expect(page.getByTestId('diagnostics')).toContainText(host.dataDir)
          await expect(page.getByTestId('diagnostics')).toContainText(text.settings.transports.http)
        } else {
          const page_ = text.views[view]
          await expect(page.getByText(page_.lead)).toBeVisible()
          await expect(page.getByRole('heading', { level: 2 })).toHaveText(page_.emptyTitle)
          await expect(page.locator('.empty-state li')).toHaveText(page_.steps)
        }
        await expect(page.getByTestId('engine-status')).toContainText(text.status.noModel)
        await expect(page.getByTestId('data-folder')).toContainText(host.dataDir)
        await page.screenshot({ path: `test-results/screens/${language}-${view}.png`, fullPage: true })
      })
    }
  })
}

test('a stream starts, delivers ticks, and stops when cancelled', async ({ page, host }) => {
  await host.call('settings/update', { language: 'en' })
  await page.goto(`${host.url}#/settings`)
  const status = page.getByTestId('stream-status')
  await expect(status).toHaveText(en.settings.streamIdle)
  await page.getByTestId('stream-start').click()
  await expect(status).toHaveText(en.settings.streamRunning)
  await expect.poll(async () => Number(await status.getAttribute('data-count'))).toBeGreaterThanOrEqual(3)
  expect((await host.call<{ openStreams: number }>('system/health')).openStreams).toBe(1)
  await page.getByTestId('stream-cancel').click()
  await expect(status).toContainText('Cancelled after')
  const countAtCancel = Number(await status.getAttribute('data-count'))
  await page.waitForTimeout(800)
  expect(Number(await status.getAttribute('data-count'))).toBe(countAtCancel)
  await expect.poll(async () => (await host.call<{ openStreams: number }>('system/health')).openStreams).toBe(0)
  await page.screenshot({ path: 'test-results/screens/en-stream-cancelled.png', fullPage: true })
})

test('switching language and theme in Settings persists in the core', async ({ page, host }) => {
  await host.call('settings/update', { language: 'zh-CN', theme: 'light' })
  await page.goto(`${host.url}#/settings`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN.views.settings.title)
  await page.getByTestId('language-select').selectOption('en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.views.settings.title)
  // The radio mirrors the core: it turns checked once the core has saved the change.
  await page.getByLabel(en.settings.themes.dark).click()
  await expect(page.getByLabel(en.settings.themes.dark)).toBeChecked()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByTestId('activity')).toContainText('settings.update')
  await page.screenshot({ path: 'test-results/screens/en-settings-dark.png', fullPage: true })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.views.settings.title)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await host.call('settings/get')).toEqual({ language: 'en', theme: 'dark' })
})

test('an invalid call over HTTP gets a typed error naming the field', async ({ host }) => {
  const response = await fetch(new URL('/rpc/profiles/create', host.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { role: 'student' } })
  })
  expect(response.status).toBe(400)
  const body = (await response.json()) as { json: { code: string; data: { issues: { path: string }[] } } }
  expect(body.json.code).toBe('INPUT_VALIDATION_FAILED')
  expect(body.json.data.issues[0]?.path).toBe('displayName')
})
