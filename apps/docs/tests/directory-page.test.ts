import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Locale } from '@deregister/core'
import { guides, linkEntries } from '../.vitepress/lib/catalog'
import { directorySummary } from '../.vitepress/lib/directory'
import { directoryStrings } from '../.vitepress/lib/directory-strings'
import { prefix } from '../.vitepress/lib/i18n'
import { launchChromium, watchedPage } from '@deregister/testing'

const base = inject('baseUrl')
let browser: Browser
beforeAll(async () => (browser = await launchChromium()))
afterAll(() => browser?.close())

const links = linkEntries()
const summary = directorySummary()
const LOCALES: Locale[] = ['zh-CN', 'en']
const url = (locale: Locale): string => `${base}${prefix(locale)}/directory.html`
// A graded service from the middle of the directory, so that it is not on the first page.
const known =
  links.filter((e) => e.grade && e.name.length > 5)[Math.floor(links.length / 3)] ??
  links.find((e) => e.grade)

describe.each(LOCALES)('directory page (%s)', (locale) => {
  const t = directoryStrings(locale)

  it('loads its rows after the page opens, keeps the DOM to one page of rows, and logs no errors', async () => {
    const { page, problems } = await watchedPage(browser)
    const fetched = page.waitForResponse((r) => r.url().includes('/directory/links.'))
    await page.goto(url(locale))
    expect((await fetched).status()).toBe(200)
    await page.locator('[data-directory-count]').waitFor()
    const rows = await page.locator('[data-directory-row]').count()
    expect(rows).toBe(Math.min(50, links.length + guides().length))
    expect(problems).toEqual([])
    await page.close()
  })

  it('lists the full guides first, linked to their own pages', async () => {
    const { page } = await watchedPage(browser)
    await page.goto(url(locale))
    const first = guides()[0]
    if (!first) return
    const row = page.locator('[data-directory-row]').first()
    await expect(row.getAttribute('data-directory-row')).resolves.toBe(first.id)
    await expect(row.locator('[data-directory-guide-link]').getAttribute('href')).resolves.toBe(
      `${prefix(locale)}/platforms/${first.id}.html`,
    )
    await page.locator('[data-directory-search]').fill(first.aliases[0] ?? first.name[locale])
    await expect(
      page.locator(`[data-directory-row="${first.id}"][data-guide]`).count(),
    ).resolves.toBe(1)
    await page.close()
  })

  it("shows our own grade on our guides and labels the source's grade as JustDeleteMe's", async () => {
    const { page } = await watchedPage(browser)
    await page.goto(url(locale))
    await page.locator('[data-directory-count]').waitFor()
    for (const g of guides()) {
      const row = page.locator(`[data-directory-row="${g.id}"]`)
      await expect(row.locator('[data-directory-our-grade]').textContent()).resolves.toBe(
        `${t.ourGrade}${t.grade[g.difficulty.level]}`,
      )
      const theirs = g.directory.find((d) => d.grade)?.grade
      if (theirs)
        await expect(row.locator('[data-directory-grade-badge]').textContent()).resolves.toBe(
          `${t.theirGrade}${t.grade[theirs]}`,
        )
      // The link's text and the domains are separate elements, never one run of text.
      await expect(row.locator('[data-directory-guide-link]').textContent()).resolves.not.toContain(
        g.domains[0] ?? '\0',
      )
    }
    await page.close()
  })

  it('marks notes shown in another language with that language', async () => {
    const untranslated = links.find(
      (e) => e.notes.en && !e.notes[locale] && !e.notes[locale.split('-')[0] ?? ''],
    )
    if (!untranslated) return
    const { page } = await watchedPage(browser)
    await page.goto(url(locale))
    await page.locator('[data-directory-search]').fill(untranslated.name)
    const notes = page.locator(`[data-directory-row="${untranslated.id}"] [data-directory-notes]`)
    await expect(notes.getAttribute('lang')).resolves.toBe('en')
    await expect(notes.locator('[data-directory-notes-lang]').textContent()).resolves.toBe(
      t.notesIn('en'),
    )
    await page.close()
  })

  it.runIf(known)('finds a service by name with its deletion link and grade', async () => {
    if (!known?.grade) return
    const { page, problems } = await watchedPage(browser)
    await page.goto(url(locale))
    await page.locator('[data-directory-search]').fill(known.name)
    const row = page.locator(`[data-directory-row="${known.id}"]`)
    await row.waitFor()
    await expect(row.locator('[data-directory-link]').getAttribute('href')).resolves.toBe(
      known.urls[locale] ?? known.url,
    )
    await expect(row.locator('[data-directory-grade-badge]').textContent()).resolves.toBe(
      `${t.theirGrade}${t.grade[known.grade]}`,
    )
    await page.locator('[data-directory-search]').fill(known.domains[0] ?? known.name)
    await row.waitFor()
    expect(problems).toEqual([])
    await page.close()
  })

  it.runIf(links.length)('filters by the source grade', async () => {
    const { page } = await watchedPage(browser)
    await page.goto(url(locale))
    await page.locator('[data-directory-count]').waitFor()
    const grade = 'impossible'
    const withGrade =
      guides().filter((g) => g.directory.some((d) => d.grade === grade)).length +
      summary.grades[grade]
    await page.locator('[data-directory-grade]').selectOption(grade)
    await expect(page.locator('[data-directory-count]').getAttribute('data-total')).resolves.toBe(
      String(withGrade),
    )
    const grades = await page
      .locator('[data-directory-row]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-grade')))
    expect(grades.length).toBeGreaterThan(0)
    expect(new Set(grades)).toEqual(new Set([grade]))
    await page.close()
  })

  it.runIf(links.length > 50)('pages through the results', async () => {
    const { page } = await watchedPage(browser)
    await page.goto(url(locale))
    const firstId = await page
      .locator('[data-directory-row]')
      .first()
      .getAttribute('data-directory-row')
    await page.locator('[data-directory-next]').click()
    await expect(
      page.locator('[data-directory-row]').first().getAttribute('data-directory-row'),
    ).resolves.not.toBe(firstId)
    await page.close()
  })

  it('credits the directory with its licence notice, or says there is no directory', async () => {
    const { page } = await watchedPage(browser)
    await page.goto(url(locale))
    if (!links.length) {
      await expect(page.locator('[data-directory-empty]').textContent()).resolves.toBe(t.empty)
      return page.close()
    }
    const credit = await page.locator('[data-directory-attribution]').textContent()
    expect(credit?.replace(/\s+/g, ' ')).toContain('JustDeleteMe (jdm-contrib/jdm), MIT licence')
    if (summary.licence)
      await expect(page.locator('[data-directory-licence]').textContent()).resolves.toBe(
        summary.licence,
      )
    await page.close()
  })
})

it.runIf(links.length)('keeps the rows out of the page HTML', async () => {
  const root =
    process.env.DEREGISTER_DOCS_OUT ?? new URL('../.vitepress/dist', import.meta.url).pathname
  for (const locale of LOCALES) {
    const html = readFileSync(`${root}${prefix(locale)}/directory.html`, 'utf8')
    expect(html.length).toBeLessThan(100_000)
    for (const e of links.slice(0, 20)) expect(html).not.toContain(e.url)
    const rows = readFileSync(`${root}${summary.files[locale]}`, 'utf8')
    expect(rows.length).toBeGreaterThan(10 * html.length)
  }
})
