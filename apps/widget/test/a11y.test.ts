import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoUrl, launch, rendered } from './browser'
import { answerInPage, loadGuide, scenario } from './catalog'
import { startDay } from '@deregister/core/present'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const guide = loadGuide('wechat')
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launch()
  // Playwright's script injection is not subject to the page's CSP, so axe runs on the real demo.
  page = await browser.newPage({ bypassCSP: false })
})
afterAll(() => browser.close())

async function axeViolations(p: Page): Promise<string[]> {
  await p.addScriptTag({ content: axeSource }).catch(() => p.evaluate(axeSource))
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe
    const r = await axe.run({ include: [['deregister-guide']] }, { resultTypes: ['violations'] })
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)
  })
}

describe.each(['light', 'dark'] as const)('accessibility in the %s scheme', (scheme) => {
  it.each(['Guide', 'Can I delete?', 'What you lose'])('has no axe violations in the %s view', async (view) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', lang: 'en' }))
    await rendered(page)
    await page.getByRole('button', { name: view, exact: true }).click()
    if (view === 'Can I delete?') {
      const s = scenario(guide, guide.clients[0]!.client, startDay(Date.now()))
      await answerInPage(page, s.blocking[0], s.blocking[1], 'en')
    }
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('a 320 px wide screen', () => {
  it('fits every view without horizontal overflow', async () => {
    const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } })
    await narrow.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', lang: 'zh-CN' }))
    await rendered(narrow)
    for (const view of ['注销步骤', '能否注销', '会失去什么']) {
      await narrow.getByRole('button', { name: view, exact: true }).click()
      const overflow = await narrow.evaluate(() => {
        const root = document.querySelector('deregister-guide')!.shadowRoot!.querySelector('.dr')!
        const wide = [...root.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > root.getBoundingClientRect().right + 1)
        return { page: document.documentElement.scrollWidth - window.innerWidth, inside: wide.map((e) => e.outerHTML.slice(0, 80)) }
      })
      expect(overflow).toEqual({ page: 0, inside: [] })
    }
    const shot = await narrow.locator('deregister-guide').screenshot()
    expect(shot.length).toBeGreaterThan(1000)
    await narrow.close()
  })
})
