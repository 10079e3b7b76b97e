import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { evaluate } from '@deregister/core'
import type { AnswerValue, CompiledGuide, Question } from '@deregister/core'
import { guides } from '../.vitepress/lib/catalog'
import { checkLink } from '../.vitepress/lib/i18n'
import { widgetBuild } from '../.vitepress/lib/assets'
import { launchChromium, watchedPage } from '@deregister/testing'

const base = inject('baseUrl')
let browser: Browser
beforeAll(async () => (browser = await launchChromium()))
afterAll(() => browser?.close())

const candidates = (q: Question): AnswerValue[] =>
  q.type === 'boolean'
    ? [true, false]
    : q.type === 'choice'
      ? q.options.map((o) => o.value)
      : [1000, 1, 0]

/** One answer, to a question every client is asked, that on its own blocks deletion. */
function blockingAnswer(g: CompiledGuide): { q: Question; value: AnswerValue } | undefined {
  for (const q of g.questions.filter((x) => !x.clients))
    for (const value of candidates(q))
      if (
        evaluate(g, { answers: { [q.id]: value }, startDate: '2026-03-02' }).verdict === 'blocked'
      )
        return { q, value }
  return undefined
}

const cases = guides().flatMap((g) => {
  const answer = blockingAnswer(g)
  return answer ? [{ id: g.id, ...answer }] : []
})

describe.skipIf(!widgetBuild().available)('check page', () => {
  it('has a blocking answer to try for at least one platform', () =>
    expect(cases.length).toBeGreaterThan(0))

  it.each(cases)('reaches a verdict through the widget for $id', async ({ id, q, value }) => {
    const { page, problems } = await watchedPage(browser)
    await page.goto(`${base}${checkLink('zh-CN', id)}`)
    await page.evaluate(() => {
      const w = window as unknown as { verdicts: string[] }
      w.verdicts = []
      document.addEventListener('deregister-verdict', (e) =>
        w.verdicts.push((e as CustomEvent<{ verdict: string }>).detail.verdict),
      )
    })
    const widget = page.locator('deregister-guide')
    await expect(widget.getAttribute('persist')).resolves.toBe('')
    if (q.type === 'number') await widget.locator(`input#q-${q.id}`).fill(String(value))
    else {
      const index =
        q.type === 'boolean'
          ? value === true
            ? 0
            : 1
          : q.options.findIndex((o) => o.value === value)
      await widget.locator(`input[name="q-${q.id}"]`).nth(index).check()
    }
    await widget.locator('[part~=verdict][data-verdict=blocked]').waitFor()
    await expect(
      page.evaluate(() => (window as unknown as { verdicts: string[] }).verdicts),
    ).resolves.toContain('blocked')
    expect(problems).toEqual([])
    await page.close()
  })

  it("opens from the button on a platform page, in that page's language", async () => {
    const first = guides()[0]
    if (!first) return
    const { page, problems } = await watchedPage(browser)
    await page.goto(`${base}/en/platforms/${first.id}.html`)
    await page.locator(`a[href="${checkLink('en', first.id)}"]`).click()
    await page.waitForURL((u) => u.search === `?platform=${first.id}`)
    await expect(page.locator('deregister-guide').getAttribute('platform')).resolves.toBe(first.id)
    await expect(page.locator('deregister-guide').getAttribute('lang')).resolves.toBe('en')
    expect(problems).toEqual([])
    await page.close()
  })

  it('offers every platform when none is given, and checks the one picked', async () => {
    const { page, problems } = await watchedPage(browser)
    await page.goto(`${base}/check.html`)
    await page.locator('[data-check-pick]').waitFor()
    await expect(page.locator('deregister-guide').count()).resolves.toBe(0)
    await expect(page.locator('[data-check-choice]').count()).resolves.toBe(guides().length)
    const last = guides().at(-1)!
    await page.locator(`[data-check-choice="${last.id}"]`).click()
    await page.waitForURL((u) => u.search === `?platform=${last.id}`)
    await expect(page.locator('deregister-guide').getAttribute('platform')).resolves.toBe(last.id)
    expect(problems).toEqual([])
    await page.close()
  })
})

// Without a widget build the check pages say so instead of embedding nothing.
describe.skipIf(widgetBuild().available)('check page without a widget build', () => {
  it('shows that the widget is missing', async () => {
    const { page } = await watchedPage(browser)
    await page.goto(`${base}${checkLink('en', guides()[0]?.id ?? '')}`)
    await expect(page.locator('.dr-check [role=note]').count()).resolves.toBe(1)
    await page.close()
  })
})
