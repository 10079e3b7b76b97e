import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startDay } from '@deregister/core/present'
import { auditPage, launchChromium } from '@deregister/testing'
import { demoUrl, rendered } from './browser'
import { answerInPage, loadGuide, scenario } from './catalog'

// Both colour schemes; every guide, language and width in the light one is in phone-matrix.test.ts.
const guide = loadGuide('wechat')
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  page = await browser.newPage({ bypassCSP: false })
})
afterAll(() => browser.close())

describe.each(['light', 'dark'] as const)('accessibility in the %s scheme', (scheme) => {
  it.each(['Guide', 'Can I delete?', 'What you lose'])(
    'has no axe violations in the %s view',
    async (view) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', lang: 'en' }))
      await rendered(page)
      await page.getByRole('button', { name: view, exact: true }).click()
      if (view === 'Can I delete?') {
        const s = scenario(guide, guide.clients[0]!.client, startDay(Date.now()))
        await answerInPage(page, s.blocking[0], s.blocking[1], 'en')
      }
      expect((await auditPage(page)).violations).toEqual([])
    },
  )
})
