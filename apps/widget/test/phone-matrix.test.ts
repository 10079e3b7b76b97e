/**
 * Every state a reader meets, for every full guide, in both languages, on a desktop and on a
 * 320 px phone: the widget on the strict-CSP demo help center, its data and report channel from
 * the real API. Each state must be free of console errors, failed requests, axe violations,
 * sideways overflow and squeezed table cells; a screenshot of each lands in test-artifacts/.
 */
import { mkdirSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { narrowToClient, startDay } from '@deregister/core/present'
import { translator } from '../src/lib/messages'
import type { RunningApi } from '@deregister/testing'
import { auditPage, launchChromium, startApi, watch } from '@deregister/testing'
import { demoUrl, rendered } from './browser'
import { answerInPage, guideIds, loadGuide, scenario } from './catalog'

const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/matrix/', import.meta.url))
const LANGS = ['zh-CN', 'en'] as const
const cases = guideIds().flatMap((id) => LANGS.map((lang) => [id, lang] as const))
let browser: Browser
let api: RunningApi

beforeAll(async () => {
  rmSync(ARTIFACTS, { recursive: true, force: true })
  mkdirSync(ARTIFACTS, { recursive: true })
  ;[browser, api] = await Promise.all([launchChromium(), startApi()])
})
afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

it('finds four full guides to check', () => {
  expect(cases).toHaveLength(8)
})

it('notices what it looks for: overflow, a squeezed cell, an unnamed control, a console error', async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 800 } })
  const problems = watch(page)
  await page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', lang: 'zh-CN' }))
  await rendered(page)
  await page.evaluate(() => {
    const root = document.querySelector('deregister-guide')!.shadowRoot!.querySelector('.dr')!
    // Styles set through the CSSOM: the demo's CSP refuses style attributes.
    root.insertAdjacentHTML(
      'beforeend',
      '<div id="probe"><p>wide</p><table><tr><td>很长的一个单元格</td><td>二</td></tr></table><button></button></div>',
    )
    root.querySelector<HTMLElement>('#probe > p')!.style.width = '900px'
    root.querySelector<HTMLElement>('#probe > table')!.style.width = '40px'
    console.error('broken')
  })
  const audit = await auditPage(page)
  expect(audit.overflow).toBeGreaterThan(0)
  expect(audit.outside.join('\n')).toMatch(/^<p [^>]*>wide/m)
  expect(audit.narrowCells.join('\n')).toMatch(/px: 很长/)
  expect(audit.narrowCells.join('\n')).not.toMatch(/px: 二$/m)
  expect(audit.violations.join('\n')).toMatch(/button-name/)
  expect(problems.take()).toEqual(['console: broken'])
  await page.close()
})

describe.each([1280, 320])('at %i px wide', (width) => {
  // One page per width, reused by every guide and language: a load is the costly part.
  let page: Page
  let problems: ReturnType<typeof watch>
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width, height: 800 } })
    problems = watch(page)
  })

  // Waits until the widget has rendered every staged part of what is shown.
  const settled = (): Promise<void> =>
    page.locator('deregister-guide .dr[aria-busy=false]').waitFor()

  it.each(cases)('%s in %s reads cleanly in every state', async (id, lang) => {
    const t = translator(lang)
    const guide = loadGuide(id)
    const client = guide.clients[0]!.client
    const s = scenario(guide, client, startDay(Date.now()))
    const verdict = page.locator('deregister-guide [part=verdict]')

    async function audit(state: string): Promise<void> {
      await settled()
      await page.screenshot({
        path: `${ARTIFACTS}${id}-${lang}-${width}-${state}.png`,
        fullPage: true,
      })
      const found = { ...(await auditPage(page)), console: problems.take() }
      expect
        .soft(found, state)
        .toEqual({ overflow: 0, outside: [], narrowCells: [], violations: [], console: [] })
    }

    await page.goto(demoUrl(inject('pageUrl'), { platform: id, lang, client, src: api.url }))
    await rendered(page)
    // The content is in the widget's language, whatever the browser asks the API for.
    expect(await page.locator('deregister-guide h2').textContent()).toBe(guide.name[lang])
    // Every text of the content arrives whole: each requirement is named, nothing reads "undefined".
    const shown = await page
      .locator('deregister-guide [data-requirement] > strong')
      .allTextContents()
    expect(new Set(shown)).toEqual(
      new Set(narrowToClient(guide, client).requirements.map((r) => r.title[lang])),
    )
    expect(await page.locator('deregister-guide .dr').textContent()).not.toContain('undefined')
    await audit('guide')

    const step = page.locator('deregister-guide [part=step]').first()
    await step.locator('[part=report]').click()
    await step.locator('form').waitFor()
    await audit('report-form')

    await page.getByRole('button', { name: t('check'), exact: true }).click()
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('incomplete')
    await audit('check-incomplete')

    const [blockQ, blockV] = s.blocking
    for (const [q, v] of s.ready) await answerInPage(page, q, q === blockQ ? blockV : v, lang)
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('blocked')
    await audit('check-blocked')

    await answerInPage(page, blockQ, s.ready.find(([q]) => q === blockQ)![1], lang)
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('ready')
    await audit('check-ready')

    await page.getByRole('button', { name: t('lose'), exact: true }).click()
    await audit('lose')
  })
})
