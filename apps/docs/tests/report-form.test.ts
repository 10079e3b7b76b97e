/**
 * The report form against a real API: `apps/api` as `pnpm start` runs it, on 127.0.0.1 with a
 * temporary SQLite file, and a docs build that names it in DEREGISTER_API_URL. The report a
 * reader sends is read back through the API's maintainer endpoint.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { guides } from '../.vitepress/lib/catalog'
import { reportStrings } from '../.vitepress/lib/report-strings'
import { launchChromium, startApi, watchedPage } from '@deregister/testing'
import type { RunningApi } from '@deregister/testing'
import { serveStatic } from './static-server'

const DOCS_DIR = fileURLToPath(new URL('..', import.meta.url))
const plain = inject('baseUrl')
const platform = guides()[0]!

let browser: Browser
let api: RunningApi
let site: { url: string; server: Server }
let tmp = ''

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'deregister-docs-report-'))
  api = await startApi()
  const out = join(tmp, 'site')
  await promisify(execFile)('pnpm', ['exec', 'vitepress', 'build'], {
    cwd: DOCS_DIR,
    env: {
      ...process.env,
      DEREGISTER_API_URL: api.url,
      DEREGISTER_DOCS_OUT: out,
      DEREGISTER_DOCS_CACHE: join(tmp, 'cache'),
    },
  })
  site = await serveStatic(out)
  browser = await launchChromium()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((done) => (site ? site.server.close(() => done(undefined)) : done(undefined)))
  await api?.stop()
  await rm(tmp, { recursive: true, force: true })
})

describe('reporting a wrong step', () => {
  it('is not offered when the site was built without an API', async () => {
    const { page, problems } = await watchedPage(browser)
    await page.goto(`${plain}/platforms/${platform.id}.html`)
    await page.locator('h2#steps').waitFor()
    await expect(page.locator('.dr-report').count()).resolves.toBe(0)
    expect(problems).toEqual([])
    await page.close()
  })

  it.each(['zh-CN', 'en'] as const)(
    'stores the report through the API and says so (%s)',
    async (locale) => {
      const t = reportStrings(locale)
      const { page, problems } = await watchedPage(browser)
      await page.setViewportSize({ width: 320, height: 800 })
      await page.goto(`${site.url}${locale === 'en' ? '/en' : ''}/platforms/${platform.id}.html`)
      const report = page.locator('details.dr-report').first()
      const target = await report.getAttribute('data-target')
      await report.locator('summary').click()
      const form = report.locator('form')
      await expect(form.locator('code').textContent()).resolves.toBe(target)
      await form.locator('select').selectOption('wrong')
      await form.locator('textarea').fill('菜单里已经没有这一项了。')
      await form.locator('button[type=submit]').click()
      const status = form.locator('[data-report-state="sent"]')
      await status.waitFor()
      const id = await status.getAttribute('data-report-id')
      await expect(status.textContent()).resolves.toBe(t.sent(id ?? ''))
      const stored = await api.report(id ?? '')
      expect(stored.status).toBe(200)
      expect(stored.body).toMatchObject({
        id,
        platform: platform.id,
        target,
        kind: 'wrong',
        message: '菜单里已经没有这一项了。',
      })
      expect(problems).toEqual([])
      await page.close()
    },
  )

  it('says why when the API refuses the report', async () => {
    const { page } = await watchedPage(browser)
    await page.goto(`${site.url}/en/platforms/${platform.id}.html`)
    const report = page.locator('details.dr-report').first()
    await report.locator('summary').click()
    // The form limits the message; past that limit the API answers 400 naming the field.
    await report.locator('textarea').evaluate((el) => el.removeAttribute('maxlength'))
    await report.locator('textarea').fill('x'.repeat(501))
    await report.locator('button[type=submit]').click()
    const status = report.locator('[data-report-state="failed"]')
    await status.waitFor()
    await expect(status.textContent()).resolves.toMatch(/^Could not send: ./)
    await page.close()
  })
})
