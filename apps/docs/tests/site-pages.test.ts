import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { presentGuide } from '@deregister/core/present'
import { guides } from '../.vitepress/lib/catalog'
import { widgetBuild } from '../.vitepress/lib/assets'
import { launchChromium, watchedPage } from '@deregister/testing'

const base = inject('baseUrl')
let browser: Browser
beforeAll(async () => (browser = await launchChromium()))
afterAll(() => browser?.close())

const PAGES = [
  '/',
  '/compare',
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
const laws = [
  ...new Map(
    guides()
      .flatMap((g) => g.glossary.laws)
      .map((l) => [l.id, l]),
  ).values(),
]
const channels = [
  ...new Map(
    guides()
      .flatMap((g) => g.glossary.complaintChannels)
      .map((c) => [c.id, c]),
  ).values(),
]

describe('site pages', () => {
  it.each(PAGES.flatMap((p) => [p, `/en${p}`]))(
    '%s renders without console errors',
    async (path) => {
      const { page, problems } = await watchedPage(browser)
      await page.goto(`${base}${path === '/' || path === '/en/' ? path : `${path}.html`}`)
      await page.locator('.VPContent').waitFor()
      expect(
        await page.locator('.VPNavBarTranslations, .VPNavScreenTranslations').count(),
      ).toBeGreaterThan(0)
      expect(problems).toEqual([])
      await page.close()
    },
  )

  it('lists every platform on the home page and filters them with the search box', async () => {
    const { page } = await watchedPage(browser)
    await page.goto(`${base}/`)
    await expect(page.locator('[data-platform-row]').count()).resolves.toBe(guides().length)
    const first = guides()[0]
    if (first) {
      await page.locator('[data-platform-search]').fill(first.aliases[0] ?? first.name['zh-CN'])
      await expect(page.locator(`[data-platform-row="${first.id}"]`).count()).resolves.toBe(1)
    }
    await page.close()
  })

  it('compares every platform side by side', async () => {
    const { page } = await watchedPage(browser)
    await page.goto(`${base}/en/compare.html`)
    await expect(page.locator('[data-compare-row]').count()).resolves.toBe(guides().length)
    // The legend's ⚠: beside every wait and retention figure the sources disagree on.
    for (const g of guides()) {
      const view = presentGuide(g, 'en')
      const waits = view.waiting.filter((w) => w.kind === 'review' || w.kind === 'cooling-off')
      const disputed = [
        ...waits.map((w) => w.duration),
        ...view.retention.map((r) => r.duration),
      ].filter((d) => d?.claims.length).length
      await expect(
        page.locator(`[data-compare-row="${g.id}"] [data-disputed]`).count(),
      ).resolves.toBe(disputed)
    }
    expect(
      guides().some((g) => presentGuide(g, 'en').waiting.some((w) => w.duration.claims.length)),
    ).toBe(true)
    await page.close()
  })

  it('renders the law texts of the shared vocabulary on the rights page', async () => {
    const { page } = await watchedPage(browser)
    await page.goto(`${base}/en/guides/rights.html`)
    for (const law of laws)
      await expect(page.locator(`[data-law="${law.id}"]`).textContent()).resolves.toContain(
        law.provision.en,
      )
    const deadlines = laws.filter((l) => l.maxProcessing)
    await expect(page.locator('.dr-max-processing').count()).resolves.toBe(deadlines.length)
    await page.close()
  })

  it('offers each complaint hotline as a number to call on the stalls page', async () => {
    const { page } = await watchedPage(browser)
    await page.goto(`${base}/guides/stalls.html`)
    const hotlines = channels.filter((c) => c.phone)
    expect(hotlines.length).toBeGreaterThan(0)
    for (const c of hotlines) {
      const call = page.locator(`[data-channel="${c.id}"] a[href^="tel:"]`)
      await expect(call.getAttribute('href')).resolves.toBe(`tel:${c.phone!.replace(/[ -]/g, '')}`)
    }
    await page.close()
  })

  it('generates the schema reference from the zod schemas', async () => {
    const { page } = await watchedPage(browser)
    await page.goto(`${base}/developers/schema.html`)
    await expect(
      page
        .locator('[data-schema-table="entry-guide"] code', {
          hasText: 'requirements[].remedy.duration',
        })
        .count(),
    ).resolves.toBeGreaterThan(0)
    await page.close()
  })
})

describe.skipIf(!widgetBuild().available)('embed page', () => {
  it('gives the Subresource Integrity hash of the widget file the site serves', async () => {
    const { page } = await watchedPage(browser)
    await page.goto(`${base}/developers/embed.html`)
    const integrity = await page.locator('[data-widget-integrity]').textContent()
    const served = await (await fetch(`${base}/widget/deregister.js`)).arrayBuffer()
    expect(integrity).toBe(
      `sha384-${createHash('sha384').update(Buffer.from(served)).digest('base64')}`,
    )
    await expect(page.locator('[data-widget-snippet]').textContent()).resolves.toContain(integrity)
    await expect(page.locator('[data-widget-facts=events] li').count()).resolves.toBeGreaterThan(0)
    await page.close()
  })
})

it.skipIf(!widgetBuild().available)(
  'serves the widget file byte for byte as the widget package built it',
  async () => {
    const dist = fileURLToPath(
      new URL('../node_modules/@deregister/widget/dist/deregister.js', import.meta.url),
    )
    const served = Buffer.from(await (await fetch(`${base}/widget/deregister.js`)).arrayBuffer())
    expect(served.equals(readFileSync(dist))).toBe(true)
  },
)
