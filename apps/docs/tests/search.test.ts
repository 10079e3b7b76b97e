import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { localize } from '@deregister/core'
import type { Locale } from '@deregister/core'
import { guide, guides } from '../.vitepress/lib/catalog'
import { prefix } from '../.vitepress/lib/i18n'
import { platformSections } from '../.vitepress/lib/search-index'
import { ITEM_ANCHOR, SECTIONS, itemAnchor, proseOf, sectionData } from '../.vitepress/lib/sections'
import type { ItemSection } from '../.vitepress/lib/sections'
import { launchChromium, watchedPage } from '@deregister/testing'

const base = inject('baseUrl')
let browser: Browser
beforeAll(async () => (browser = await launchChromium()))
afterAll(() => browser?.close())

interface Result {
  href: string
  /** The result as the search box shows it: its titles, joined. */
  text: string
}

/** Opens the search box on a general guide page and types `query`; the results, best first. */
async function search(page: Page, locale: Locale, query: string): Promise<Result[]> {
  await page.goto(`${base}${prefix(locale)}/guides/preparing.html`)
  await page.locator('.VPNavBarSearch button').click()
  await page.locator('.VPLocalSearchBox input').fill(query)
  const results = page.locator('.VPLocalSearchBox .results a')
  await results.first().waitFor()
  return results.evaluateAll((links) =>
    links.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })),
  )
}

/** "in view" once the guide is on screen with the element the address names in the window, below the navigation bar. */
function landing(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.getElementById(decodeURIComponent(location.hash.slice(1)))
    const nav = document.querySelector('.VPNav')?.getBoundingClientRect().bottom ?? 0
    if (!el || !document.querySelector('[data-platform]'))
      return `no guide or no element for ${location.hash}`
    const top = Math.round(el.getBoundingClientRect().top)
    return top >= nav - 1 && top < innerHeight
      ? 'in view'
      : `${location.hash} at ${top} px, window ${Math.round(nav)}–${innerHeight} px`
  })
}

async function expectLanded(page: Page, href: string): Promise<void> {
  await page.waitForURL((u) => u.href.endsWith(href))
  await expect.poll(() => landing(page), { timeout: 10_000 }).toBe('in view')
}

function pageText(id: string, locale: Locale): string {
  const g = guide(id)
  if (!g) return ''
  const local = localize(g, locale)
  return [
    local.name,
    local.summary,
    ...SECTIONS.flatMap((k) => proseOf(sectionData(local, k))),
  ].join(' ')
}

/** Links to the items of the guides (or of the guide `id`) whose content holds every one of `words`. */
function itemsHolding(locale: Locale, words: string[], id?: string): string[] {
  return guides()
    .filter((g) => !id || g.id === id)
    .flatMap((g) => {
      const local = localize(g, locale)
      return (Object.keys(ITEM_ANCHOR) as ItemSection[]).flatMap((key) =>
        (sectionData(local, key) as { id: string }[])
          .filter((item) =>
            words.every((w) => JSON.stringify(item).toLowerCase().includes(w.toLowerCase())),
          )
          .map((item) => `${prefix(locale)}/platforms/${g.id}.html#${itemAnchor(key, item.id)}`),
      )
    })
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
  it.each(WORDS.filter((w) => guide(w.platform)))(
    'has "$query" in the $platform guide to search for',
    ({ query }) => {
      expect(cases.filter((c) => c.query === query).length).toBeGreaterThan(0)
    },
  )

  it.each(cases)('"$query" finds $platform in $locale', async ({ query, platform, locale }) => {
    const { page, problems } = await watchedPage(browser)
    const hrefs = (await search(page, locale, query)).map((r) => r.href)
    expect(hrefs.some((h) => h.includes(`${prefix(locale)}/platforms/${platform}.html`))).toBe(true)
    expect(hrefs.every((h) => h.startsWith(`${prefix(locale)}/`))).toBe(true)
    expect(problems).toEqual([])
    await page.close()
  })

  it.each(
    guides().flatMap((g) => LOCALES.map((locale) => ({ id: g.id, name: g.name[locale], locale }))),
  )('opens the page of $id first for its name "$name" in $locale', async ({ id, name, locale }) => {
    const { page } = await watchedPage(browser)
    const [first] = await search(page, locale, name)
    expect(first?.href).toBe(`${prefix(locale)}/platforms/${id}.html`)
    await page.close()
  })

  it.each(guides().flatMap((g) => LOCALES.map((locale) => ({ id: g.id, locale }))))(
    'links every search entry of $id ($locale) to an element of its page',
    async ({ id, locale }) => {
      const file = `src${prefix(locale)}/platforms/${id}.md`
      const anchors = (platformSections(file) ?? []).map((s) => s.anchor).filter(Boolean)
      const html = await fetch(`${base}${prefix(locale)}/platforms/${id}.html`).then((r) =>
        r.text(),
      )
      expect(anchors.length).toBeGreaterThan(SECTIONS.length)
      expect(anchors.filter((a) => !html.includes(` id="${a}"`))).toEqual([])
    },
  )

  it('ranks the WeChat guide above developer pages for "wechat" on the Chinese site', async () => {
    if (!guide('wechat')) return
    const { page, problems } = await watchedPage(browser)
    const hrefs = (await search(page, 'zh-CN', 'wechat')).map((r) => r.href)
    const firstDeveloper = hrefs.findIndex((h) => h.startsWith('/developers/'))
    const lastGuide = hrefs.findLastIndex((h) => h.startsWith('/platforms/wechat.html'))
    expect(hrefs[0]).toMatch(/^\/platforms\/wechat\.html/)
    if (firstDeveloper >= 0) expect(lastGuide).toBeLessThan(firstDeveloper)
    expect(problems).toEqual([])
    await page.close()
  })

  // What a reader types, the words an item must hold to come first (in the WeChat guide, or
  // in any guide), and whether the first result's own title shows the query: a result names
  // the item it lands on.
  const FIRST = [
    {
      locale: 'zh-CN' as Locale,
      query: '零钱通',
      words: ['零钱通'],
      platform: 'wechat',
      titled: true,
      choose: 'Enter',
    },
    {
      locale: 'zh-CN' as Locale,
      query: '注销后好友',
      words: ['注销后', '好友'],
      platform: 'wechat',
      titled: false,
      choose: 'Enter',
    },
    {
      locale: 'en' as Locale,
      query: 'balance',
      words: ['balance'],
      platform: undefined,
      titled: true,
      choose: 'click',
    },
  ].filter((c) => guide('wechat'))

  it.each(FIRST)(
    '"$query" ($locale) lists an item holding it first, and lands on it ($choose)',
    async (c) => {
      const expected = itemsHolding(c.locale, c.words, c.platform)
      expect(expected.length).toBeGreaterThan(0)
      const { page, problems } = await watchedPage(browser)
      const [first] = await search(page, c.locale, c.query)
      expect(expected).toContain(first?.href)
      // The search box marks the words it matched once it has listed the results.
      await page.locator('.VPLocalSearchBox .results a').first().locator('mark').first().waitFor()
      if (c.titled) expect(first?.text.toLowerCase()).toContain(c.query.toLowerCase())
      // Chosen in the search box: the site navigates without reloading, then loads the guide.
      if (c.choose === 'Enter') await page.keyboard.press('Enter')
      else await page.locator('.VPLocalSearchBox .results a').first().click()
      await expectLanded(page, first?.href ?? '')
      // Opened from an address: the same item, on a fresh load.
      const fresh = await watchedPage(browser)
      await fresh.page.goto(`${base}${first?.href}`)
      await expectLanded(fresh.page, first?.href ?? '')
      expect([...problems, ...fresh.problems]).toEqual([])
      await Promise.all([page.close(), fresh.page.close()])
    },
  )

  it('returns to where the reader was on a guide after going back', async () => {
    if (!guide('wechat')) return
    const { page, problems } = await watchedPage(browser)
    await page.goto(`${base}/guides/preparing.html`)
    await page.locator('.VPSidebar a[href="/platforms/wechat.html"]').click()
    await page.locator('[data-platform]').waitFor()
    await page.evaluate(() => window.scrollTo(0, 3000))
    await page.waitForFunction(() => window.scrollY === 3000)
    await page.locator('.VPSidebar a[href="/guides/preparing.html"]').click()
    await page.waitForURL((u) => u.pathname.endsWith('/guides/preparing.html'))
    await page.goBack()
    await page.locator('[data-platform]').waitFor()
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBe(3000)
    expect(problems).toEqual([])
    await page.close()
  })
})
