import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { CompiledGuide, Locale } from '@deregister/core'
import { clientOptions, presentGuide } from '@deregister/core/present'
import { guides } from '../.vitepress/lib/catalog'
import { prefix } from '../.vitepress/lib/i18n'
import { launchChromium, watchedPage } from '@deregister/testing'

// The site renders core's reader view (`presentGuide`) and words nothing of its own: these
// read the built pages in Chromium, through the `data-duration`, `data-group` and `data-count`
// hooks the pages give every duration phrase and requirement group.
const base = inject('baseUrl')
let browser: Browser
beforeAll(async () => (browser = await launchChromium()))
afterAll(() => browser?.close())

const LOCALES: Locale[] = ['zh-CN', 'en']
const dist =
  process.env.DEREGISTER_DOCS_OUT ?? fileURLToPath(new URL('../.vitepress/dist', import.meta.url))
const byId = (id: string): CompiledGuide => {
  const g = guides().find((x) => x.id === id)
  if (!g) throw new Error(`no guide "${id}" in the catalog`)
  return g
}

// "约 0 天", "0 days", "0–15 个工作日", "about at least 1 day": a zero that is not part of a number
// (180 天 is fine), or a hedge on a hedge.
const WRONG = [
  /(?<![\d.])0 ?(天|个工作日|个月|小时|分钟|days?\b|working days?\b|months?\b|hours?\b)/,
  /(?<![\d.])0–/,
  /about at least/,
  /约 ?\d+ ?[^\s\d]{0,4}以上/,
]

function wrongPhrases(text: string): string[] {
  return WRONG.flatMap((re) => {
    const m = re.exec(text)
    return m ? [`${re}: …${text.slice(Math.max(0, m.index - 20), m.index + 20)}…`] : []
  })
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? htmlFiles(join(dir, e.name))
      : e.name.endsWith('.html')
        ? [join(dir, e.name)]
        : [],
  )
}

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const w = await watchedPage(browser)
  await w.page.goto(`${base}${path}`)
  await w.page.locator('.VPContent').waitFor()
  return w
}

const platformPath = (locale: Locale, id: string): string =>
  `${prefix(locale)}/platforms/${id}.html`

describe('duration phrases', () => {
  it('no built page says "0 天", "0 days", "0–…", "about at least" or "约 … 以上"', () => {
    const found = htmlFiles(dist).flatMap((f) =>
      wrongPhrases(readFileSync(f, 'utf8').replace(/<[^>]*>/g, ' ')).map((p) => `${f}: ${p}`),
    )
    expect(found).toEqual([])
  })

  it.each(
    LOCALES.flatMap((l) => [
      `${prefix(l)}/`,
      `${prefix(l)}/compare.html`,
      ...guides().map((g) => platformPath(l, g.id)),
    ]),
  )('%s, once rendered in the browser, has none of them either', async (path) => {
    const { page, problems } = await open(path)
    expect(wrongPhrases(await page.locator('body').innerText())).toEqual([])
    expect(problems).toEqual([])
    await page.close()
  })

  it.each(LOCALES)(
    'a platform page, the home list and the comparison word the same fact the same way (%s)',
    async (locale) => {
      const home = await open(`${prefix(locale)}/`)
      const compare = await open(`${prefix(locale)}/compare.html`)
      for (const g of guides()) {
        const view = presentGuide(g, locale)
        const { page } = await open(platformPath(locale, g.id))
        const onPage = (fact: string) =>
          page
            .locator(
              `[data-section] [data-duration="${fact}"], .dr-facts [data-duration="${fact}"]`,
            )
            .first()
            .textContent()
        const inTable = (fact: string) =>
          compare.page
            .locator(`[data-compare-row="${g.id}"] [data-duration="${fact}"]`)
            .textContent()
        await expect(onPage('total')).resolves.toBe(view.totalWait)
        await expect(
          home.page.locator(`[data-platform-row="${g.id}"] [data-duration="total"]`).textContent(),
        ).resolves.toBe(view.totalWait)
        const compared = view.waiting.filter((w) => w.kind === 'review' || w.kind === 'cooling-off')
        for (const w of compared)
          await expect(inTable(`wait:${w.id}`)).resolves.toBe(await onPage(`wait:${w.id}`))
        for (const r of view.retention.filter((x) => x.duration))
          await expect(inTable(`retention:${r.id}`)).resolves.toBe(
            await onPage(`retention:${r.id}`),
          )
        for (const r of view.requirements.flatMap((gr) => gr.items))
          await expect(onPage(`remedy:${r.id}`)).resolves.toBe(r.duration)
        await page.close()
      }
      await home.page.close()
      await compare.page.close()
    },
  )
})

describe('requirement groups', () => {
  it.each(LOCALES)(
    'on the WeChat page, each group heading counts the requirements under it (%s)',
    async (locale) => {
      const g = byId('wechat')
      const { page, problems } = await open(platformPath(locale, g.id))
      const groups = page.locator('[data-section=requirements] [data-group]')
      const shown = presentGuide(g, locale).requirements.filter((r) => r.count)
      await expect(groups.count()).resolves.toBe(shown.length)
      let total = 0
      for (const [i, expected] of shown.entries()) {
        const group = groups.nth(i)
        await expect(group.getAttribute('data-group')).resolves.toBe(expected.key)
        const count = Number(await group.locator('[data-count]').getAttribute('data-count'))
        await expect(group.locator('[data-requirement]').count()).resolves.toBe(count)
        await expect(group.locator('[data-count]').textContent()).resolves.toContain(String(count))
        total += count
      }
      expect(total).toBe(g.requirements.length)
      expect(problems).toEqual([])
      await page.close()
    },
  )

  const shares = guides().flatMap((g) =>
    g.requirements.filter((r) => r.failureShare).map((r) => ({ g, r })),
  )
  it('has failure shares to check', () => expect(shares.length).toBeGreaterThan(0))

  it.each(LOCALES)(
    'gives each failure share as a sentence naming its source (%s)',
    async (locale) => {
      for (const { g, r } of shares) {
        const source = [...g.sources, ...g.glossary.sources].find(
          (s) => s.id === r.failureShare?.source,
        )
        const { page } = await open(platformPath(locale, g.id))
        const text =
          (await page.locator(`[data-requirement="${r.id}"] [data-failure-share]`).textContent()) ??
          ''
        const sentence = presentGuide(g, locale)
          .requirements.flatMap((gr) => gr.items)
          .find((x) => x.id === r.id)?.failureShare
        expect(text).toContain(sentence ?? '∅')
        expect(text).toContain(source?.title ?? '∅')
        expect(text).toContain(`${Math.round(r.failureShare!.share * 100)}%`)
        if (r.failureShare?.of) expect(text).toContain(r.failureShare.of[locale])
        expect(text.trim()).not.toMatch(/^[\d%\s[\]]+$/)
        await page.close()
      }
    },
  )
})

describe('client tabs', () => {
  it.each(LOCALES)(
    'on the NetEase page, offer each client once, labelled as core labels it (%s)',
    async (locale) => {
      const g = byId('netease')
      const { page, problems } = await open(platformPath(locale, g.id))
      const labels = (await page.locator('[data-section=steps] [role=tab]').allTextContents()).map(
        (s) => s.trim(),
      )
      expect(new Set(labels).size).toBe(labels.length)
      expect(labels).toEqual(clientOptions(g, locale).map((o) => o.label))
      expect(problems).toEqual([])
      await page.close()
    },
  )
})
