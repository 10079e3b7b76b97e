/**
 * Reporting a problem with a step, against the real API: the widget on the demo help center
 * names the API in `src`, the reader sends the form, and the report is read back from the
 * API's SQLite store through its maintainer endpoint.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { translator } from '../src/lib/messages'
import type { RunningApi } from '@deregister/testing'
import { launchChromium, startApi, watch } from '@deregister/testing'
import { demoUrl, rendered } from './browser'
import { loadGuide } from './catalog'

const guide = loadGuide('wechat')
const client = 'android'
const firstStep = guide.steps.find((s) => !s.clients || s.clients.includes(client))!
let api: RunningApi
let browser: Browser
let page: Page
let problems: ReturnType<typeof watch>

beforeAll(async () => {
  ;[api, browser] = await Promise.all([startApi(), launchChromium()])
  page = await browser.newPage({ viewport: { width: 320, height: 800 } })
  problems = watch(page)
})
afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

/** Opens the report form of the first step, as a reader on the widget with an API would. */
async function openForm(lang: 'en' | 'zh-CN'): Promise<ReturnType<Page['locator']>> {
  await page.goto(
    demoUrl(inject('pageUrl'), { platform: 'wechat', lang, src: api.url, view: 'guide', client }),
  )
  await rendered(page)
  const step = page.locator('deregister-guide [part=step]').first()
  await step.locator('[part=report]').click()
  return step
}

describe('reporting a problem with a step', () => {
  it.each(['zh-CN', 'en'] as const)(
    'stores the report through the API and says so (%s)',
    async (lang) => {
      const t = translator(lang)
      const step = await openForm(lang)
      // The form names the step it is about.
      expect(await step.locator('form q').textContent()).toBe(firstStep.text[lang])
      await step.getByRole('combobox', { name: t('kind') }).selectOption('wrong')
      await step.getByRole('textbox', { name: t('message') }).fill('菜单里已经没有这一项了。')
      await step.getByRole('button', { name: t('send'), exact: true }).click()
      const status = step.getByRole('status')
      await expect
        .poll(() => status.textContent())
        .toMatch(new RegExp(`^${t('sent', { id: '([0-9a-f-]{36})' })}$`))
      const id = /[0-9a-f]{8}-[0-9a-f-]{27}/.exec((await status.textContent()) ?? '')![0]
      const stored = await api.report(id)
      expect(stored.status).toBe(200)
      expect(stored.body).toMatchObject({
        id,
        platform: 'wechat',
        target: firstStep.id,
        kind: 'wrong',
        client,
        message: '菜单里已经没有这一项了。',
      })
      expect(await step.locator('form').count()).toBe(0)
      expect(problems.take()).toEqual([])
    },
  )

  it('says why the API refused a report, and sends it once corrected', async () => {
    const t = translator('en')
    const step = await openForm('en')
    const text = step.getByRole('textbox', { name: t('message') })
    // The form stops at the API's limit; past it, the API answers 400 naming the field.
    await text.evaluate((el) => el.removeAttribute('maxlength'))
    await text.fill('x'.repeat(501))
    await step.getByRole('button', { name: t('send'), exact: true }).click()
    const status = step.getByRole('status')
    await expect.poll(() => status.textContent()).toMatch(/^Could not send: .*\bmessage\b/)
    // The refusal is the only problem the page met: Chromium logs a 4xx answer as an error too,
    // and may also report the refused request as aborted.
    const reports = `${api.url}/v1/platforms/wechat/reports`
    const seen = problems.take()
    expect(seen).toContain(`400: ${reports}`)
    expect(seen.filter((p) => !p.includes('400') && !p.includes(reports))).toEqual([])
    await text.fill('The step is fine, the menu moved.')
    await step.getByRole('button', { name: t('send'), exact: true }).click()
    await expect
      .poll(() => status.textContent())
      .toMatch(/^Received, thank you\. Report number: [0-9a-f-]{36}$/)
    const id = (await status.textContent())!.slice(-36)
    expect((await api.report(id)).body).toMatchObject({
      id,
      message: 'The step is fine, the menu moved.',
    })
  })

  it('says the service could not be reached when the API is down', async () => {
    const t = translator('zh-CN')
    const step = await openForm('zh-CN')
    await api.stop()
    await step.getByRole('button', { name: t('send'), exact: true }).click()
    await expect.poll(() => step.getByRole('status').textContent()).toBe(t('offline'))
    expect(await step.locator('form').count()).toBe(1)
  })

  it('offers no report control when the data is a static folder', async () => {
    await page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', lang: 'en', view: 'guide' }))
    await rendered(page)
    expect(await page.locator('deregister-guide [part=step]').count()).toBeGreaterThan(0)
    expect(await page.locator('deregister-guide [part=report]').count()).toBe(0)
  })
})
