import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { localize } from '@deregister/core'
import type { Locale } from '@deregister/core'
import { officialEntry, presentGuide, presentSources } from '@deregister/core/present'
import { disputeCount } from '../.vitepress/lib/derive'
import { guides } from '../.vitepress/lib/catalog'
import { strings, prefix } from '../.vitepress/lib/i18n'
import { SECTIONS, uncoveredSections } from '../.vitepress/lib/sections'
import { launchChromium, watchedPage } from '@deregister/testing'

const base = inject('baseUrl')
let browser: Browser
beforeAll(async () => (browser = await launchChromium()))
afterAll(() => browser?.close())

const LOCALES: Locale[] = ['zh-CN', 'en']

describe.each(guides().map((g) => [g.id, g] as const))('platform page of %s', (id, g) => {
  it.each(LOCALES)(
    'renders every section, each step per client and each disputed claim in %s',
    async (locale) => {
      const t = strings(locale)
      const local = localize(g, locale)
      const { page, problems } = await watchedPage(browser)
      await page.goto(`${base}${prefix(locale)}/platforms/${id}.html`)
      await expect(page.locator('h1').first().textContent()).resolves.toContain(local.name)

      // A section the sources say nothing about has no heading; the note before the sources names it.
      const uncovered = uncoveredSections(local)
      for (const key of SECTIONS) {
        if (uncovered.includes(key))
          await expect(page.locator(`h2#${key}`).count()).resolves.toBe(0)
        else
          await expect(page.locator(`h2#${key}`).textContent()).resolves.toContain(t.sections[key])
      }
      if (uncovered.length)
        await expect(page.locator('[data-uncovered]').textContent()).resolves.toBe(
          t.notCovered(uncovered.map((key) => t.sections[key])),
        )
      else await expect(page.locator('[data-uncovered]').count()).resolves.toBe(0)
      await expect(page.locator('[data-last-verified]').textContent()).resolves.toBe(g.lastVerified)

      for (const client of new Set(g.clients.map((c) => c.client))) {
        const steps = g.steps.filter((s) => !s.clients || s.clients.includes(client))
        const entries = local.clients.filter((c) => c.client === client)
        await page.locator(`[role=tab][data-client=${client}]`).click()
        const panel = page.locator(`[role=tabpanel][data-client=${client}]`)
        await expect(panel.isVisible()).resolves.toBe(true)
        await expect(panel.locator('[data-step]').count()).resolves.toBe(steps.length)
        const paths = await panel.locator('.dr-menu-path').allTextContents()
        expect(paths.map((p, i) => p.includes(entries[i]?.menuPath.at(-1) ?? '∅'))).toEqual(
          entries.map(() => true),
        )
      }
      for (const r of g.requirements) {
        const item = page.locator(`[data-requirement="${r.id}"]`)
        await expect(item.textContent()).resolves.toContain(localize(r.title, locale))
        // The report form is only there when the build names an API (see report-form.test.ts).
        await expect(item.locator('.dr-report').count()).resolves.toBe(
          process.env.DEREGISTER_API_URL ? 1 : 0,
        )
      }
      await expect(page.locator('[data-waiting]').count()).resolves.toBe(g.waitingPeriods.length)
      for (const w of presentGuide(g, locale).waiting)
        await expect(page.locator(`[data-waiting="${w.id}"]`).textContent()).resolves.toContain(
          w.revocability,
        )
      await expect(page.locator('[data-loss]').count()).resolves.toBe(g.losses.length)
      await expect(page.locator('[data-retention]').count()).resolves.toBe(g.retention.length)
      await expect(page.locator('[data-trouble]').count()).resolves.toBe(g.troubleshooting.length)
      await expect(page.locator('[data-special]').count()).resolves.toBe(g.specialAccounts.length)
      await expect(page.locator('[data-law]').count()).resolves.toBe(g.glossary.laws.length)
      await expect(page.locator('.dr-disputed').count()).resolves.toBe(disputeCount(g))
      await expect(
        page.locator('.dr-disputed .dr-claim-source').count(),
      ).resolves.toBeGreaterThanOrEqual(2 * disputeCount(g))
      // Each source shows its kind and its own date (or "undated"), and opens where it has a URL.
      for (const s of presentSources(g, locale)) {
        const item = page.locator(`[data-source="${s.id}"]`)
        await expect(item.locator('.dr-source-kind').textContent()).resolves.toBe(s.kindLabel)
        if (s.date) await expect(item.locator('time').textContent()).resolves.toBe(s.date)
        else await expect(item.locator('[data-undated]').textContent()).resolves.toBe(s.dateText)
        if (s.url) await expect(item.locator('a').first().getAttribute('href')).resolves.toBe(s.url)
        await expect(item.textContent()).resolves.toContain(s.publisher)
        await expect(item.textContent()).resolves.not.toMatch(/unknown/i)
      }
      // The official entry sits above the summary, with every menu path and link.
      const entry = page.locator('[data-official-entry]')
      await expect(entry.count()).resolves.toBe(1)
      const top = await page.evaluate(() => {
        const e = document.querySelector('[data-official-entry]')
        const summary = document.querySelector('.dr-summary')
        return Boolean(
          e && summary && e.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING,
        )
      })
      expect(top).toBe(true)
      const official = officialEntry(g, locale)
      await expect(entry.locator('[data-entry]').count()).resolves.toBe(official.length)
      for (const o of official.filter((x) => x.url))
        await expect(entry.locator(`a[href="${o.url}"]`).count()).resolves.toBeGreaterThan(0)
      // Each label is set apart from its menu path (not "iOS我 › …").
      const shown = await entry.locator('[data-entry]').allTextContents()
      official.forEach(
        (o, i) =>
          o.menuPath.length &&
          expect(shown[i]).toContain(`${o.label}${t.colon}${o.menuPath.join(' › ')}`),
      )
      expect(problems).toEqual([])
      await page.close()
    },
  )
})

describe('language switch', () => {
  it('links every platform page to the same page in the other language', async () => {
    const g = guides()[0]
    if (!g) throw new Error('the catalog has no guide')
    const { page, problems } = await watchedPage(browser)
    await page.goto(`${base}/platforms/${g.id}.html`)
    const href = await page
      .locator(`.VPNavBarTranslations a[href*="/en/platforms/${g.id}"]`)
      .first()
      .getAttribute('href')
    expect(href).toContain(`/en/platforms/${g.id}`)
    expect(problems).toEqual([])
    await page.close()
  })
})

describe("the steps' client tabs", () => {
  const ANDROID =
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36'
  const withAndroid = guides().filter(
    (g) => g.clients.some((c) => c.client === 'android') && g.clients[0]?.client !== 'android',
  )

  it.each(withAndroid.map((g) => g.id))(
    "open the reader's own device on %s, and ?client= before it",
    async (id) => {
      const g = guides().find((x) => x.id === id)!
      const page = await browser.newPage({
        userAgent: ANDROID,
        viewport: { width: 320, height: 800 },
      })
      // The page arrives with the first tab open; the reader's own opens once the page hydrates.
      await page.goto(`${base}/platforms/${id}.html`)
      await page.locator('[role=tab][data-client=android][aria-selected=true]').waitFor()
      await expect(page.locator('[role=tabpanel][data-client=android]').isVisible()).resolves.toBe(
        true,
      )
      const other = g.clients.find((c) => c.client !== 'android')!.client
      await page.goto(`${base}/platforms/${id}.html?client=${other}`)
      await page.locator(`[role=tab][data-client=${other}][aria-selected=true]`).waitFor()
      await expect(
        page.locator('[role=tab][data-client=android]').getAttribute('aria-selected'),
      ).resolves.toBe('false')
      await page.close()
    },
  )
})
