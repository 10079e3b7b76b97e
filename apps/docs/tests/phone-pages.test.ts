import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { guides } from '../.vitepress/lib/catalog'
import { launchChromium, watchedPage } from '@deregister/testing'
import { auditPage } from '@deregister/testing'

const base = inject('baseUrl')
// Artefacts for a reviewer: one screenshot of each page at each width (gitignored).
const SHOTS = fileURLToPath(new URL('../test-results/screens/', import.meta.url))
let browser: Browser
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launchChromium()
})
afterAll(() => browser?.close())

const SITE = [
  '/',
  '/compare',
  '/directory',
  '/check',
  '/guides/preparing',
  '/guides/rights',
  '/guides/stalls',
  '/developers/api',
  '/developers/embed',
  '/developers/contributing',
  '/developers/schema',
  '/privacy',
  '/report',
]
const platforms = guides().flatMap((g) => [`/platforms/${g.id}`, `/check?platform=${g.id}`])
const PAGES = [...SITE, ...platforms].flatMap((p) => [p, p === '/' ? '/en/' : `/en${p}`])
const WIDTHS = [1280, 320]

function urlOf(path: string): string {
  if (path.endsWith('/')) return `${base}${path}`
  const [route, query] = path.split('?')
  return `${base}${route}.html${query ? `?${query}` : ''}`
}

describe.each(WIDTHS)('every page at %i px', (width) => {
  it.each(PAGES)('%s fits, is accessible and loads cleanly', async (path) => {
    const { page, problems } = await watchedPage(browser)
    await page.setViewportSize({ width, height: 900 })
    await page.goto(urlOf(path), { waitUntil: 'networkidle' })
    await page.locator('.VPContent').waitFor()
    const audit = await auditPage(page)
    await page.screenshot({
      path: `${SHOTS}${width}${path.replace(/[/?=]+/g, '_') || '_'}.png`,
      fullPage: true,
    })
    expect({ problems, ...audit }).toEqual({
      problems: [],
      overflow: 0,
      outside: [],
      narrowCells: [],
      violations: [],
    })
    await page.close()
  })
})
