/**
 * @module
 * Chromium for the site tests: Debian's binary through playwright-core, and pages that
 * record console errors and failed requests so every test can assert there were none.
 */
import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', ...FLAGS] })
}

export interface WatchedPage {
  page: Page
  /** Console errors, uncaught exceptions and failed or 4xx/5xx requests so far. */
  problems: string[]
}

export async function watchedPage(browser: Browser): Promise<WatchedPage> {
  const page = await browser.newPage()
  page.setDefaultTimeout(10_000)
  const problems: string[] = []
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`))
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`))
  // A request the browser itself cancels because the page navigated away (VitePress prefetches
  // the chunks of visible links) is not a failure of the site.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`))
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`))
  return { page, problems }
}
