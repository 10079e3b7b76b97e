import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { localize } from '@deregister/core'
import type { Locale } from '@deregister/core'
import { guide, guides } from '../.vitepress/lib/catalog'
import { prefix } from '../.vitepress/lib/i18n'
import { SECTIONS, proseOf, sectionData } from '../.vitepress/lib/sections'
import { launchChromium, watchedPage } from './browser'

const base = inject('baseUrl')
let browser: Browser
beforeAll(async () => (browser = await launchChromium()))
afterAll(() => browser?.close())

/** Runs a query in the site's search box and returns the result links, best first. */
async function search(page: Page, locale: Locale, query: string): Promise<string[]> {
  await page.goto(`${base}${prefix(locale)}/guides/preparing.html`)
  await page.locator('.VPNavBarSearch button').click()
  await page.locator('.VPLocalSearchBox input').fill(query)
  const results = page.locator('.VPLocalSearchBox .results a')
  await results.first().waitFor()
  return results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
}

function pageText(id: string, locale: Locale): string {
  const g = guide(id)
  if (!g) return ''
  const local = localize(g, locale)
  return [local.name, local.summary, ...SECTIONS.flatMap((k) => proseOf(sectionData(local, k)))].join(' ')
}

// Words from the content the site must find inside sentences; each runs in every language
// whose pages contain it, once its platform is in the catalog.
const WORDS = [
  { query: '零钱通', platform: 'wechat' },
  { query: '冻结', platform: 'xiaomi-account' },
  { query: 'IMAP', platform: 'netease' },
]
const LOCALES: Locale[] = ['zh-CN', 'en']
const cases = WORDS.flatMap((w) => LOCALES.map((locale) => ({ ...w, locale }))).filter((c) =>
  pageText(c.platform, c.locale).includes(c.query),
)

describe('local search', () => {
  it.each(WORDS.filter((w) => guide(w.platform)))('has "$query" in the $platform guide to search for', ({ query }) => {
    expect(cases.filter((c) => c.query === query).length).toBeGreaterThan(0)
  })

  it.each(cases)('"$query" finds $platform in $locale', async ({ query, platform, locale }) => {
    const { page, problems } = await watchedPage(browser)
    const hrefs = await search(page, locale, query)
    expect(hrefs.some((h) => h.includes(`${prefix(locale)}/platforms/${platform}.html`))).toBe(true)
    expect(hrefs.every((h) => h.startsWith(`${prefix(locale)}/`))).toBe(true)
    expect(problems).toEqual([])
    await page.close()
  })

  it.each(guides().flatMap((g) => LOCALES.map((locale) => ({ id: g.id, name: g.name[locale], locale }))))(
    'finds the page of $id by its name "$name" in $locale',
    async ({ id, name, locale }) => {
      const { page } = await watchedPage(browser)
      const hrefs = await search(page, locale, name)
      expect(hrefs.some((h) => h.includes(`/platforms/${id}.html`))).toBe(true)
      await page.close()
    },
  )

  // What a reader types, and where the first result must take them: the guide's section.
  const FIRST = [
    { locale: 'zh-CN' as Locale, query: 'wechat', href: '/platforms/wechat.html' },
    { locale: 'en' as Locale, query: 'wechat', href: '/en/platforms/wechat.html' },
    { locale: 'zh-CN' as Locale, query: '零钱通', href: '/platforms/wechat.html#' },
    { locale: 'zh-CN' as Locale, query: '注销后好友', href: '/platforms/wechat.html#losses' },
  ].filter((c) => guide('wechat'))

  it.each(FIRST)('"$query" ($locale) opens on $href first', async ({ locale, query, href }) => {
    const { page, problems } = await watchedPage(browser)
    const hrefs = await search(page, locale, query)
    expect(hrefs[0]?.slice(0, href.length)).toBe(href)
    expect(problems).toEqual([])
    await page.close()
  })
})
