import { describe, expect, inject, it } from 'vitest'
import { demoUrl, rendered, sharedPage } from './browser'
import { loadGuide } from './catalog'

const guide = loadGuide('wechat')
const shared = sharedPage()

const cases = (['en', 'zh-CN'] as const).flatMap((lang) => guide.clients.map((c) => [lang, c.client] as const))

describe.each(cases)('the guide in %s on %s', (lang, client) => {
  it('shows the name, the menu path and exactly the steps of that client', async () => {
    await shared.page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', lang, client, view: 'guide' }))
    await rendered(shared.page)
    expect(await shared.page.locator('deregister-guide h2').textContent()).toBe(guide.name[lang])
    const path = guide.clients.find((c) => c.client === client)!.menuPath.map((l) => l[lang])
    expect(await shared.page.locator('deregister-guide .path li').allTextContents()).toEqual(path)
    const steps = guide.steps.filter((s) => !s.clients || s.clients.includes(client)).map((s) => s.text[lang])
    expect(await shared.page.locator('deregister-guide [part=step] .tick span').allTextContents()).toEqual(steps)
    expect(await shared.page.locator('deregister-guide time').first().getAttribute('datetime')).toBe(guide.lastVerified)
  })
})

describe('languages and clients', () => {
  it('takes its language from the page when no lang attribute is given', async () => {
    await shared.page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', pageLang: 'en-GB' }))
    await rendered(shared.page)
    expect(await shared.page.locator('deregister-guide h2').textContent()).toBe(guide.name.en)
  })

  it('lets the reader switch the client', async () => {
    const [a, b] = guide.clients.map((c) => c.client)
    await shared.page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', lang: 'en', client: a! }))
    await rendered(shared.page)
    await shared.page.getByRole('combobox', { name: 'Device' }).selectOption(b!)
    const path = guide.clients.find((c) => c.client === b)!.menuPath.map((l) => l.en)
    await expect.poll(() => shared.page.locator('deregister-guide .path li').allTextContents()).toEqual(path)
  })

  it('shows every disputed claim with each side and its source', async () => {
    await shared.page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', lang: 'en' }))
    await rendered(shared.page)
    const disputes = [...guide.waitingPeriods.map((p) => p.duration), ...guide.retention.map((r) => r.duration)].filter(
      (d) => d !== undefined && 'disputed' in d,
    )
    expect(disputes.length).toBeGreaterThan(0)
    const notes = shared.page.locator('deregister-guide [part=disputed]')
    expect(await notes.count()).toBe(disputes.length)
    for (const [i, d] of disputes.entries()) {
      if (!d || !('disputed' in d)) continue
      const text = await notes.nth(i).textContent()
      for (const claim of d.disputed) expect(text).toContain(claim.statement.en)
    }
  })

  it('says so when the platform cannot be loaded', async () => {
    await shared.page.goto(demoUrl(inject('pageUrl'), { platform: 'no-such-platform', lang: 'en' }))
    await rendered(shared.page)
    expect(await shared.page.locator('deregister-guide [role=alert]').textContent()).toContain('Could not load')
  })
})
