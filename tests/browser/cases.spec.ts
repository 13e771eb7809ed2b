import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { en } from '../../src-renderer/src/i18n/en'
import { expect, test } from './host-fixture'

const nejm = join(process.cwd(), '../shared/data/agentclinic/agentclinic_nejm.jsonl')

test.beforeEach(async ({ host }) => {
  await host.call('settings/update', { language: 'en' })
})

test('a broken pack is refused whole, with file, path and problem shown', async ({ page, host }) => {
  const manifest = JSON.parse(readFileSync('cases/starter/manifest.json', 'utf8')) as { cases: string[] }
  const files: Record<string, Uint8Array> = { 'manifest.json': strToU8(JSON.stringify({ ...manifest, id: 'broken', cases: ['cases/a.json'] })) }
  const acs = JSON.parse(readFileSync('cases/starter/cases/acute-coronary-syndrome.json', 'utf8')) as { facts: { disclosure: string }[] }
  acs.facts[1]!.disclosure = 'sometimes'
  files['cases/a.json'] = strToU8(JSON.stringify(acs))
  await page.goto(`${host.url}#/cases`)
  await page.getByTestId('pack-file').setInputFiles({ name: 'broken.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(files)) })
  await expect(page.getByTestId('pack-check')).toContainText('nothing was imported')
  await expect(page.getByTestId('pack-problems')).toContainText('cases/a.json')
  await expect(page.getByTestId('pack-problems')).toContainText('$.facts[1].disclosure')
  await page.screenshot({ path: 'test-results/screens/en-cases-invalid-pack.png', fullPage: true })
  await expect(page.getByTestId('pack-list')).not.toContainText('broken')
})

test('the starter pack exports as a zip', async ({ page, host }) => {
  await page.goto(`${host.url}#/cases`)
  const download = page.waitForEvent('download')
  await page.getByTestId('export-starter').click()
  expect((await download).suggestedFilename()).toBe('starter-1.0.0.zip')
})

test('an AgentClinic file imports from the Cases view', async ({ page, host }) => {
  test.skip(!existsSync(nejm), '../shared/data is not beside this checkout')
  await page.goto(`${host.url}#/cases`)
  await page.getByTestId('pack-file').setInputFiles(nejm)
  await expect(page.getByTestId('pack-check')).toContainText('15 cases')
  await expect(page.getByTestId('pack-list')).toContainText(en.casesView.cases.replace('{{count}}', '15'))
  await page.screenshot({ path: 'test-results/screens/en-cases-imported.png', fullPage: true })
})
