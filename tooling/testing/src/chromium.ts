/**
 * @module
 * Debian's Chromium through playwright-core, and pages that record console errors, uncaught
 * exceptions and failed requests, so every test can assert there were none.
 */
import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'

// Headless, and nothing that phones home: this machine's network is closed, and background
// requests would be refused many at a time.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS })
}

export interface Watched {
  /** Every problem so far. */
  problems: string[]
  /** The problems since the last call, then forgets them. */
  take(): string[]
}

/** Records what went wrong in `page`: console errors, exceptions, failed and 4xx/5xx requests. */
export function watch(page: Page): Watched {
  const problems: string[] = []
  let taken = 0
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`))
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`))
  // A request the browser cancels itself because the page moved on (VitePress prefetching the
  // chunks of visible links, a navigation) is not a failure of the site; its status, if any,
  // is still checked below.
  page.on(
    'requestfailed',
    (r) =>
      r.failure()?.errorText !== 'net::ERR_ABORTED' &&
      problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`),
  )
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`))
  return {
    problems,
    take() {
      const recent = problems.slice(taken)
      taken = problems.length
      return recent
    },
  }
}

export interface WatchedPage extends Watched {
  page: Page
}

/** A new page with a 10 s default timeout, watched from its first request. */
export async function watchedPage(browser: Browser): Promise<WatchedPage> {
  const page = await browser.newPage()
  page.setDefaultTimeout(10_000)
  return { page, ...watch(page) }
}
