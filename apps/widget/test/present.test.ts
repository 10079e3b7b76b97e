import { readFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import type { AnswerValue, Client, CompiledGuide } from '@deregister/core'
import { evaluate } from '@deregister/core'
import type { CheckView } from '@deregister/core/present'
import { clientOptions, formatDuration, narrowToClient, planCalendar, presentCheck, presentGuide, startDay } from '@deregister/core/present'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { demoUrl, rendered, sharedPage } from './browser'
import { answerInPage, loadGuide, scenario } from './catalog'
// @ts-expect-error plain ES module without types
import { serve } from '../demo/serve.mjs'

// The widget renders core's views and words nothing of its own: what the page shows is compared
// with presentCheck / presentGuide / planCalendar computed here from the same guide and answers.
// The page's clock is fixed, so "today" is the same in the page and in the test.
const NOW = new Date('2026-12-02T20:00:00Z')
const START = startDay(NOW.getTime())
const wechat = loadGuide('wechat')
const shared = sharedPage()
const W = 'deregister-guide'

type Lang = 'en' | 'zh-CN'
type Answers = Record<string, AnswerValue>

async function open(attrs: Record<string, string>, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await shared.browser.newContext({ acceptDownloads: true, ...options })
  const page = await context.newPage()
  await page.clock.setFixedTime(NOW)
  await page.goto(demoUrl(inject('pageUrl'), attrs))
  await rendered(page)
  return page
}

/** Opens WeChat's check on `client` and answers every question it asks, as a reader would. */
async function answered(lang: Lang, client: Client, answers: Answers, options?: BrowserContextOptions, src?: string): Promise<Page> {
  const page = await open({ platform: 'wechat', lang, client, view: 'check', ...(src ? { src } : {}) }, options)
  for (const q of narrowToClient(wechat, client).questions) if (q.id in answers) await answerInPage(page, q, answers[q.id]!, lang)
  await page.locator(`${W} .timeline`).waitFor()
  return page
}

function viewOf(guide: CompiledGuide, answers: Answers, client: Client, lang: Lang): CheckView {
  return presentCheck(guide, evaluate(guide, { answers, client, startDate: START }), lang)
}

const client = wechat.clients[0]!.client
const s = scenario(wechat, client, START)
const ready = Object.fromEntries(s.ready.map(([q, v]) => [q.id, v]))
const worst = { ...ready, ...s.worst }

const shadowText = (page: Page): Promise<string> => page.evaluate(() => document.querySelector('deregister-guide')!.shadowRoot!.textContent ?? '')

const milestones = (page: Page): Promise<{ id: string; when: string }[]> =>
  page.locator(`${W} [data-milestone]`).evaluateAll((els) =>
    els.map((e) => ({ id: e.getAttribute('data-milestone')!, when: e.querySelector('[data-when]')?.textContent?.trim() ?? '' })),
  )

describe('the check view, as core presents it', () => {
  it('lists the timeline in date order, the disputed cancellation window once with every claim', async () => {
    const page = await answered('zh-CN', client, worst)
    const view = viewOf(wechat, worst, client, 'zh-CN')
    const shown = await milestones(page)
    expect(shown).toEqual(view.timeline.map((e) => ({ id: e.id, when: e.text })))
    const firsts = view.timeline.map((e) => e.date.earliest)
    expect([...firsts].sort()).toEqual(firsts)
    expect(new Set(shown.map((m) => m.id)).size).toBe(shown.length)
    const windows = page.locator(`${W} [data-milestone^="wait:"]`).filter({ hasText: '撤销期' })
    expect(await windows.count()).toBe(1)
    const disputed = wechat.waitingPeriods.find((p) => 'disputed' in p.duration)!.duration
    const text = (await windows.textContent()) ?? ''
    if (!('disputed' in disputed)) throw new Error('WeChat has no disputed window')
    for (const c of disputed.disputed) expect(text).toContain(c.statement['zh-CN'])
    // Every claim of every source, in content order, worded as core words durations.
    const claims = disputed.disputed.map((c) => formatDuration(c.value, 'zh-CN'))
    expect(claims).toEqual(expect.arrayContaining(['15 天', '14 天']))
    expect(await windows.locator('[data-duration]').allTextContents()).toEqual(claims)
    await page.context().close()
  })

  it('counts in its verdict exactly the must-group items it lists, in the singular for one', async () => {
    const one = Object.entries(s.worst).map(([id, v]) => ({ ...ready, [id]: v })).find((a) => viewOf(wechat, a, client, 'en').counts.must === 1)
    expect(one).toBeDefined()
    const page = await answered('en', client, one!)
    const verdict = page.locator(`${W} [data-verdict]`)
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('blocked')
    expect(await verdict.textContent()).toBe('Not yet: 1 thing must be cleared first.')
    const must = page.locator(`${W} [data-group=must]`)
    expect(await must.getAttribute('data-count')).toBe('1')
    expect(await must.textContent()).toBe('Must be cleared first (1)')
    expect(await page.locator(`${W} [data-group=must] + ul > li`).count()).toBe(1)
    await page.context().close()
  })

  it('never writes a date twice for a task, and takes every date phrase from core', async () => {
    const page = await answered('zh-CN', client, worst)
    const view = viewOf(wechat, worst, client, 'zh-CN')
    const when = await page.locator(`${W} [part=remedy] [data-when]`).allTextContents()
    expect(when).toEqual(view.plan.map((p) => p.when))
    expect(await page.locator(`${W} [part=remedy] [data-duration]`).allTextContents()).toEqual(view.plan.map((p) => p.duration))
    const all = [...when, ...(await milestones(page)).map((m) => m.when)]
    for (const phrase of all) {
      expect(phrase).not.toMatch(/→|约.*约/)
      expect(phrase.match(/\d+月\d+日/g)?.length ?? 0).toBeLessThanOrEqual(2)
    }
    // A task done the day it starts shows that day once.
    const sameDay = view.plan.find((p) => p.start.earliest === p.done.latest)
    expect(sameDay?.when).toMatch(/^(约 )?\d{4}年\d+月\d+日$/)
    await page.context().close()
  })

  it('shows verification alternatives, special accounts and the completion notes the answers call for', async () => {
    // No platform's content says yet when these apply: a copy of WeChat's guide does, served as the API would.
    const manages = { answer: 'manages_special_accounts', eq: true }
    const guide: CompiledGuide = {
      ...wechat,
      specialAccounts: wechat.specialAccounts.map((a) => ({ ...a, when: manages })),
      verification: wechat.verification.map((v) => (v.method === 'sms' ? { ...v, unavailableWhen: manages } : v)),
    }
    const api = await serve({
      handle: async (_req: unknown, res: ServerResponse, url: URL) =>
        url.pathname === '/v1/platforms/wechat' &&
        (res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'application/json' }).end(JSON.stringify(guide)), true),
    })
    const answers = { ...worst, manages_special_accounts: true }
    const page = await answered('zh-CN', client, answers, {}, api.url)
    const view = viewOf(guide, answers, client, 'zh-CN')
    expect(view.specialAccounts.length).toBeGreaterThan(0)
    expect(view.verification.length).toBeGreaterThan(0)
    const text = await shadowText(page)
    for (const v of view.verification) expect(text).toContain(v.text)
    for (const a of view.specialAccounts) expect(text).toContain(a.text)
    const completion = view.timeline.find((e) => e.id === 'completion')!
    expect(completion.notes.length).toBeGreaterThan(0)
    expect(await page.locator(`${W} [data-milestone=completion] p`).allTextContents()).toEqual(completion.notes)
    await page.context().close()
    await api.close()
  })
})

describe('language, day and client, by core’s rules', () => {
  it('gives a German reader English, worded by core', async () => {
    const page = await open({ platform: 'wechat', view: 'check', pageLang: '' }, { locale: 'de-DE', extraHTTPHeaders: { 'accept-language': 'de-DE,de;q=0.9' } })
    expect(await page.evaluate(() => navigator.languages.join(','))).toMatch(/^de/)
    expect(await page.locator(`${W} h2`).textContent()).toBe(wechat.name.en)
    const view = viewOf(wechat, {}, wechat.clients[0]!.client, 'en')
    await expect.poll(() => page.locator(`${W} [data-verdict]`).textContent()).toBe(view.verdict.text)
    await page.context().close()
  })

  it('dates the plan from the day in Shanghai, not the reader’s own day', async () => {
    const page = await answered('en', client, ready, { timezoneId: 'Pacific/Pago_Pago' })
    // 20:00 UTC: still December 2 in Pago Pago, already December 3 in Shanghai.
    expect(await page.evaluate(() => new Date().getDate())).toBe(2)
    expect(START).toBe('2026-12-03')
    const submission = viewOf(wechat, ready, client, 'en').timeline.find((e) => e.id === 'submission')!
    expect(submission.text).toContain('Dec 3, 2026')
    expect(await page.locator(`${W} [data-milestone=submission] [data-when]`).textContent()).toBe(submission.text)
    await page.context().close()
  })

  it('offers each of NetEase’s clients once, labelled by core', async () => {
    const netease = loadGuide('netease')
    expect(netease.clients.filter((c) => c.client === 'web').length).toBeGreaterThan(1)
    const page = await open({ platform: 'netease', lang: 'zh-CN', view: 'guide' })
    const options = clientOptions(netease, 'zh-CN').map((o) => o.label)
    expect(options.filter((l) => l === '网页')).toHaveLength(1)
    // A single client needs no choice: the list is shown only when there is one to make.
    const labels = await page.locator(`${W} select[part=select] option`).allTextContents()
    expect(labels).toEqual(options.length > 1 ? options : [])
    await page.context().close()
  })
})

describe('the guide view, as core presents it', () => {
  it('shows requirements in the must / recommended / info groups, each heading counting its list', async () => {
    const page = await open({ platform: 'wechat', lang: 'zh-CN', client, view: 'guide' })
    const groups = presentGuide(wechat, 'zh-CN', client).requirements.filter((g) => g.count)
    expect(groups.length).toBeGreaterThan(1)
    const headings = page.locator(`${W} h3[data-group]`)
    expect(await headings.allTextContents()).toEqual(groups.map((g) => g.heading))
    for (const g of groups) {
      expect(await page.locator(`${W} h3[data-group=${g.key}]`).getAttribute('data-count')).toBe(String(g.count))
      expect(await page.locator(`${W} h3[data-group=${g.key}] + ul > li`).count()).toBe(g.count)
    }
    // Failure shares are sentences that say of what and by whom, never a bare percentage badge.
    const shares = groups.flatMap((g) => g.items.flatMap((i) => (i.failureShare ? [i.failureShare] : [])))
    expect(shares.length).toBeGreaterThan(0)
    const text = await shadowText(page)
    for (const share of shares) expect(text).toContain(share)
    expect(await page.locator(`${W} .tag`).filter({ hasText: /^\s*\d+%/ }).count()).toBe(0)
    await page.context().close()
  })
})

describe('the calendar download', () => {
  it('is planCalendar of the view shown: events spanning their ranges, UIDs without dates', async () => {
    const page = await answered('en', client, worst)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download calendar (.ics)' }).click()])
    expect(download.suggestedFilename()).toBe('wechat.ics')
    const text = readFileSync((await download.path())!, 'utf8')
    const view = viewOf(wechat, worst, client, 'en')
    expect(text).toBe(planCalendar(view, NOW))
    const uids = [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]!.trim())
    expect(uids).toEqual(view.timeline.map((e) => `wechat-${e.id.replace(':', '-')}@deregister`))
    const spans = [...text.matchAll(/DTSTART;VALUE=DATE:(\d{8})\r\nDTEND;VALUE=DATE:(\d{8})/g)]
    expect(spans.some(([, a, b]) => Number(b) - Number(a) > 1)).toBe(true)
    await page.context().close()
  })
})
