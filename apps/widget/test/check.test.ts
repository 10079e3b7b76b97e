import { describe, expect, inject, it } from 'vitest'
import { evaluate } from '@deregister/core'
import { presentCheck } from '@deregister/core/present'
import { startDay } from '@deregister/core/present'
import { demoUrl, rendered, sharedPage } from './browser'
import { answerInPage, loadGuide, scenario } from './catalog'

const guide = loadGuide('wechat')
const shared = sharedPage()

describe.each(['en', 'zh-CN'] as const)('the check in %s', (lang) => {
  it('answers a WeChat scenario to blocked, then to ready, with ordered remedies and dates', async () => {
    const client = guide.clients[0]!.client
    const s = scenario(guide, client, startDay(Date.now()))
    await shared.page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', lang, client, view: 'check' }))
    await rendered(shared.page)
    const verdict = shared.page.locator('deregister-guide [role=status][aria-live=polite]')
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('incomplete')

    const [blockQ, blockV] = s.blocking
    for (const [q, v] of s.ready) await answerInPage(shared.page, q, q === blockQ ? blockV : v, lang)
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('blocked')
    const remedies = shared.page.locator('deregister-guide [part=remedy]')
    expect(await remedies.count()).toBeGreaterThan(0)
    // The first remedy shown is one of the failing requirements, with a dated span.
    const titles = guide.requirements.map((r) => r.title[lang])
    expect(titles).toContain(await remedies.first().locator('strong').first().textContent())
    await expect.poll(() => shared.page.locator('deregister-guide .timeline li').count()).toBeGreaterThan(1)

    // Every answer that can block at once: the remedies appear in the order core's plan gives.
    const worst = Object.fromEntries(s.ready.map(([q, v]) => [q.id, s.worst[q.id] ?? v]))
    for (const [q] of s.ready) await answerInPage(shared.page, q, worst[q.id]!, lang)
    const result = evaluate(guide, { answers: worst, client, startDate: startDay(Date.now()) })
    const expected = presentCheck(guide, result, lang).plan.map((p) => p.title)
    expect(expected.length).toBeGreaterThan(1)
    await expect.poll(() => remedies.locator('> strong').allTextContents()).toEqual(expected)

    for (const [q, v] of s.ready) await answerInPage(shared.page, q, v, lang)
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('ready')
    expect(await verdict.textContent()).toBe(lang === 'en' ? 'You can delete your account now.' : '现在就可以注销。')
  })
})

describe('the calendar download', () => {
  it('offers the plan as an iCalendar file built in the page', async () => {
    await shared.page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', lang: 'en', view: 'check' }))
    await rendered(shared.page)
    const [download] = await Promise.all([shared.page.waitForEvent('download'), shared.page.getByRole('button', { name: 'Download calendar (.ics)' }).click()])
    expect(download.suggestedFilename()).toBe('wechat.ics')
    const path = await download.path()
    const text = (await import('node:fs')).readFileSync(path, 'utf8')
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(text).toMatch(/DTSTART;VALUE=DATE:\d{8}\r\n/)
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true)
  })
})
