import { createHash } from 'node:crypto'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from '@deregister/testing'
import { demoUrl, rendered } from './browser'

let browser: Browser
let page: Page
const violations: string[] = []

beforeAll(async () => {
  browser = await launchChromium()
  page = await browser.newPage()
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v))
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  )
})
afterAll(() => browser.close())

describe('a page with a strict Content-Security-Policy', () => {
  it('runs every view of the widget without a single violation', async () => {
    const res = await page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', lang: 'en' }))
    const csp = res!.headers()['content-security-policy']!
    expect(csp).toMatch(
      /default-src 'none'; script-src 'nonce-[^']+' 'strict-dynamic'; style-src 'self'/,
    )
    expect(csp).not.toMatch(/unsafe-/)
    await rendered(page)
    for (const view of ['Can I delete?', 'What you lose', 'Guide'])
      await page.getByRole('button', { name: view, exact: true }).click()
    // The styles really apply: the shadow root adopted constructable sheets, the loading state's
    // and the rest, whose rules (the view tabs laid out in a row) are in force.
    const styles = await page.evaluate(() => {
      const root = document.querySelector('deregister-guide')!.shadowRoot!
      return {
        adopted: root.adoptedStyleSheets.length,
        tabs: getComputedStyle(root.querySelector('.tabs')!).display,
      }
    })
    expect(styles).toEqual({ adopted: 2, tabs: 'flex' })
    expect(violations).toEqual([])
  })
})

describe('Subresource Integrity', () => {
  it('loads the script under the sha384 of the served file', async () => {
    await page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat' }))
    const tag = page.locator('script[type=module]')
    const src = (await tag.getAttribute('src'))!
    const body = Buffer.from(await (await fetch(src)).arrayBuffer())
    expect(await tag.getAttribute('integrity')).toBe(
      `sha384-${createHash('sha384').update(body).digest('base64')}`,
    )
    expect(await tag.getAttribute('crossorigin')).toBe('anonymous')
    await rendered(page)
  })

  it('refuses a script whose hash does not match', async () => {
    await page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', integrity: 'tampered' }))
    await page.waitForLoadState('load')
    expect(await page.evaluate(() => customElements.get('deregister-guide') === undefined)).toBe(
      true,
    )
  })
})
