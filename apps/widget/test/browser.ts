import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '@deregister/testing'
import { afterAll, beforeAll } from 'vitest'

/** Waits until the widget has rendered its data, every part of it (or failed to). */
export async function rendered(page: Page, selector = 'deregister-guide'): Promise<void> {
  await page.locator(`${selector} .dr[aria-busy=false]`).waitFor()
  await page.locator(`${selector} h2, ${selector} [role=alert]`).first().waitFor()
}

/** Builds the demo URL for a set of widget attributes ('' = boolean attribute). */
export function demoUrl(base: string, attrs: Record<string, string>): string {
  return `${base}/?${new URLSearchParams(attrs).toString()}`
}

/** The focused element inside the widget's shadow root, described by tag and text. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el = document.activeElement
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    return el
      ? `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}`
      : ''
  })
}

/** Presses Tab until the focused element matches, at most `limit` times. */
export async function tabTo(page: Page, match: RegExp, limit = 80): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const now = await focused(page)
    if (match.test(now)) return now
  }
  throw new Error(`Tab never reached ${match}`)
}

/** One Chromium and one page for a whole test file, closed after it. */
export function sharedPage(): { readonly browser: Browser; readonly page: Page } {
  const shared = {} as { browser: Browser; page: Page }
  beforeAll(async () => {
    shared.browser = await launchChromium()
    shared.page = await shared.browser.newPage()
  })
  afterAll(() => shared.browser.close())
  return shared
}
