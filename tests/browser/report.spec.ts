import { execFileSync } from 'node:child_process'
import { mkdirSync, statSync } from 'node:fs'
import { zhCN } from '../../src-renderer/src/i18n/zh-CN'
import { expect, test } from './host-fixture'

test('a finished session opens its report, replays turn by turn, updates the leaderboard and prints to a PDF with Chinese text', async ({ page, host }) => {
  await host.call('settings/update', { language: 'zh-CN' })
  await page.goto(`${host.url}#/patient`)

  // A student profile, so the session counts towards history and the leaderboard.
  await page.getByTestId('profile-name').fill('李同学')
  await page.getByTestId('profile-create').click()
  await expect(page.getByTestId('profile-select').locator('option:checked')).toHaveText('李同学')

  await page.getByTestId('session-language').selectOption('zh')
  await page.getByTestId('start-acute-coronary-syndrome').click()
  const ask = async (question: string) => {
    const replies = await page.locator('[data-role="patient"]').count()
    await page.getByTestId('ask-input').fill(question)
    await page.getByTestId('ask-send').click()
    await expect(page.locator('[data-role="patient"]')).toHaveCount(replies + 1)
  }
  for (const question of ['您好，我是王医生，请问您叫什么名字？', '您今天哪里不舒服？', '疼痛会放射到别的地方吗？', '有没有出汗？', '有没有药物过敏？', '家里人有心脏病吗？']) await ask(question)
  await page.getByTestId('order-input').fill('做个心电图')
  await page.getByTestId('order-send').click()
  await expect(page.getByTestId('orders')).toContainText('ST段抬高')
  await page.getByTestId('diagnosis-input').fill('心梗')
  await page.getByTestId('differential-input').fill('主动脉夹层')
  await page.getByTestId('diagnosis-submit').click()

  await page.getByTestId('open-report').click()
  const report = page.getByTestId('view-report')
  await expect(report.getByRole('heading', { level: 1 })).toContainText('急性胸痛')
  const total = Number(await page.getByTestId('score-total').locator('.score-number').textContent())
  expect(total).toBeGreaterThan(20)
  expect(total).toBeLessThan(100)
  await expect(page.getByTestId('score-chart').locator('svg .recharts-bar-rectangle').first()).toBeVisible()
  await expect(page.getByTestId('gold-diagnosis')).toContainText('心肌梗死')
  await expect(page.getByTestId('item-fact.hpi.radiation')).toHaveAttribute('data-status', 'earned')
  await expect(page.getByTestId('item-fact.hpi.radiation')).toContainText('第 3 问')
  await expect(page.getByTestId('item-fact.medications')).toHaveAttribute('data-status', 'missed')
  await expect(page.getByTestId('item-fact.medications')).toContainText('可以这样问')
  await expect(page.getByTestId('report-orders')).toContainText(zhCN.report.grades.indicated)
  await expect(page.getByTestId('critique')).toContainText(zhCN.report.noJudge)
  await expect(page.getByTestId('request-critique')).toBeDisabled()

  // The replay starts at the end; a turn link rewinds to that question and its answer, and steps go one entry at a time.
  const entries = page.getByTestId('replay-entry')
  await expect(entries).toHaveCount(13)
  await page.getByTestId('item-fact.hpi.radiation').getByRole('button').click()
  await expect(entries).toHaveCount(6)
  await expect(page.getByTestId('replay-revealed')).toContainText('左肩')
  await page.getByTestId('replay-previous').click()
  await expect(entries).toHaveCount(5)
  await expect(page.getByTestId('replay-earned')).toContainText('放射')
  await page.getByTestId('replay-next').click()
  await page.getByTestId('replay-next').click()
  await expect(page.getByTestId('replay-position')).toContainText('第 7 / 13 步')
  await page.screenshot({ path: 'test-results/screens/zh-CN-report.png', fullPage: true })

  // "Export PDF" in a browser prints the page; Chromium's own PDF of the same page, under the print stylesheet, is what a user saves.
  mkdirSync('test-results/pdf', { recursive: true })
  await page.pdf({ path: 'test-results/pdf/report.pdf', format: 'A4', printBackground: true })
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', 'test-results/pdf/report.pdf', 'test-results/screens/zh-CN-report-pdf-page1'])
  expect(statSync('test-results/screens/zh-CN-report-pdf-page1.png').size).toBeGreaterThan(20_000)
  const fonts = execFileSync('pdffonts', ['-l', '1', 'test-results/pdf/report.pdf']).toString()
  expect(fonts).toMatch(/WenQuanYi|Micro ?Hei|CJK|Noto Sans SC/i)
  const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', 'test-results/pdf/report.pdf', '-']).toString()
  expect(text).toContain('评估报告')
  expect(text).toContain('得分构成')
  expect(text).not.toContain(zhCN.nav.settings)

  // The leaderboard and the profile's history now have this session.
  await page.goto(`${host.url}#/results`)
  await expect(page.getByTestId('history-count')).toHaveText('1')
  await expect(page.getByTestId('leaderboard-row').first()).toContainText('李同学')
  await page.getByTestId('leaderboard-case').selectOption({ label: '急性胸痛' })
  await expect(page.getByTestId('leaderboard-row')).toHaveCount(1)
  await page.screenshot({ path: 'test-results/screens/zh-CN-results.png', fullPage: true })
  const download = page.waitForEvent('download')
  await page.getByTestId('export-csv').click()
  expect((await download).suggestedFilename()).toMatch(/^cliniclab-results-.*\.csv$/)
})

test('the report reads in English for an English session, and refuses an unfinished one', async ({ page, host }) => {
  await host.call('settings/update', { language: 'en' })
  const { sessionId: open } = await host.call<{ sessionId: string }>('patient/start', { packId: 'starter', caseId: 'community-acquired-pneumonia', language: 'en' })
  await page.goto(`${host.url}#/report/${open}`)
  await expect(page.getByRole('alert')).toContainText('has not been submitted')

  const { sessionId } = await host.call<{ sessionId: string }>('patient/start', { packId: 'starter', caseId: 'community-acquired-pneumonia', language: 'en' })
  await host.call('patient/order', { sessionId, text: 'chest x-ray' })
  await host.call('patient/submit', { sessionId, diagnosis: 'CAP', differential: ['pulmonary embolism'] })
  await page.goto(`${host.url}#/report/${sessionId}`)
  await expect(page.getByRole('heading', { level: 2, name: 'Breakdown' })).toBeVisible()
  await expect(page.getByTestId('report-diagnosis')).toContainText('Your diagnosis matches the answer.')
  await expect(page.getByTestId('section-family')).toContainText('Try asking: Does anything like this')
  await expect(page.getByTestId('item-process.introduce')).toHaveAttribute('data-status', 'missed')
  await page.screenshot({ path: 'test-results/screens/en-report.png', fullPage: true })
})
