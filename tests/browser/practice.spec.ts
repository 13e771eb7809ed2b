import { zhCN } from '../../src-renderer/src/i18n/zh-CN'
import { expect, test } from './host-fixture'

test('a whole practice session with the scripted patient, in Chinese', async ({ page, host }) => {
  await host.call('settings/update', { language: 'zh-CN' })
  await page.goto(`${host.url}#/patient`)
  await page.getByTestId('session-language').selectOption('zh')
  await page.getByTestId('start-acute-coronary-syndrome').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('急性胸痛')

  const ask = async (question: string, expected: RegExp) => {
    await page.getByTestId('ask-input').fill(question)
    await page.getByTestId('ask-send').click()
    await expect(page.locator('[data-role="patient"]').last()).toHaveText(expected)
  }
  await ask('您好，我是王医生。您哪里不舒服？', /胸口疼/)
  await ask('什么时候开始的？', /两个钟头前/)
  await ask('疼痛会放射到别的地方吗？', /左边肩膀/)
  await ask('有没有出汗？', /冷汗/)
  await ask('有没有咳血？', /^没有/)
  await ask('你得的是什么病？', /^(?!.*(心梗|心肌梗死)).*$/)

  // Results appear only once ordered.
  await expect(page.getByText(zhCN.practice.noOrders)).toBeVisible()
  await page.getByTestId('order-input').fill('听诊心脏')
  await page.getByTestId('order-send').click()
  await expect(page.getByTestId('orders')).toContainText('未闻及杂音')
  await page.getByTestId('order-input').fill('做个心电图')
  await page.getByTestId('order-send').click()
  await expect(page.getByTestId('orders')).toContainText('ST段抬高')
  await expect(page.getByTestId('cost')).toContainText('¥30')

  await page.getByTestId('diagnosis-input').fill('急性ST段抬高型心肌梗死')
  await page.getByTestId('differential-input').fill('主动脉夹层\n肺栓塞')
  await page.getByTestId('diagnosis-submit').click()
  await expect(page.getByTestId('outcome')).toContainText(zhCN.practice.correct)
  await expect(page.getByTestId('outcome')).toContainText('急性前壁ST段抬高型心肌梗死')
  await expect(page.getByTestId('ask-input')).toBeDisabled()
  await page.screenshot({ path: 'test-results/screens/zh-CN-practice-session.png', fullPage: true })

  const view = await host.call<{ messages: { role: string; factIds: string[] }[]; session: { status: string } }>('patient/session', {
    sessionId: await page.evaluate(() => sessionStorage.getItem('cliniclab.practiceSession'))
  })
  expect(view.session.status).toBe('submitted')
  expect(view.messages.filter((message) => message.role === 'patient').flatMap((message) => message.factIds)).toEqual(
    expect.arrayContaining(['cc', 'hpi.onset', 'hpi.radiation', 'hpi.associated.sweating'])
  )
})
