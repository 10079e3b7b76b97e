import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from '@deregister/testing'
import { demoUrl, rendered } from './browser'
import { answerInPage, loadGuide } from './catalog'

const guide = loadGuide('wechat')
const numbers = guide.questions.filter((q) => q.type === 'number')
// Canary answers: numbers no page, URL or storage would contain by chance.
const canaries = numbers.map((_, i) => `${73519 + i * 1111}.86`)
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser.close())

interface Seen {
  requests: string[]
  headers: Record<string, string>[]
  events: string[]
}

async function answerWithCanaries(
  persist: boolean,
  view = 'check',
): Promise<{ page: Page; context: BrowserContext; seen: Seen }> {
  const context = await browser.newContext()
  // The host's own cookie: the widget's data requests must not carry it.
  await context.addCookies([
    { name: 'host_session', value: 'secret', domain: '127.0.0.1', path: '/' },
  ])
  const page = await context.newPage()
  const seen: Seen = { requests: [], headers: [], events: [] }
  page.on('request', async (r) => {
    seen.requests.push(
      `${r.method()} ${r.url()} ${r.postData() ?? ''} ${JSON.stringify(r.headers())}`,
    )
    if (r.url().includes('/platforms/')) seen.headers.push(await r.allHeaders())
  })
  await page.exposeFunction('seeEvent', (e: string) => seen.events.push(e))
  await page.addInitScript(() => {
    for (const name of ['deregister-verdict', 'deregister-step'])
      document.addEventListener(name, (e) =>
        (window as unknown as { seeEvent(s: string): void }).seeEvent(
          `${name} ${JSON.stringify((e as CustomEvent).detail)}`,
        ),
      )
  })
  const attrs: Record<string, string> = { platform: 'wechat', lang: 'en', view }
  if (persist) attrs.persist = ''
  await page.goto(demoUrl(inject('pageUrl'), attrs))
  await rendered(page)
  if (view === 'full') await page.getByRole('button', { name: 'Can I delete?' }).click()
  for (const [i, q] of numbers.entries()) await answerInPage(page, q, canaries[i]!, 'en')
  await expect
    .poll(() => page.locator('deregister-guide [part=verdict]').getAttribute('data-verdict'))
    .toBe('blocked')
  return { page, context, seen }
}

async function stored(page: Page, context: BrowserContext): Promise<string> {
  const storage = await page.evaluate(() =>
    JSON.stringify({
      local: { ...localStorage },
      session: { ...sessionStorage },
      cookie: document.cookie,
    }),
  )
  return storage + JSON.stringify(await context.cookies())
}

describe('privacy', () => {
  it('never sends, stores or emits an answer when persist is off', async () => {
    expect(numbers.length).toBeGreaterThan(0)
    const { page, context, seen } = await answerWithCanaries(false)
    await page.getByRole('button', { name: 'Download calendar (.ics)' }).click()
    const everything = [...seen.requests, ...seen.events, await stored(page, context)].join('\n')
    for (const c of canaries) expect(everything).not.toContain(c)
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0)
    // Data requests go out without cookies or a referrer.
    expect(seen.headers).toHaveLength(1)
    expect(seen.headers[0]!.referer ?? '').toBe('')
    expect(seen.headers[0]!.cookie).toBeUndefined()
    expect(seen.events.some((e) => e.startsWith('deregister-verdict {"platform":"wechat"'))).toBe(
      true,
    )
    await context.close()
  })

  it('keeps progress in localStorage only with persist, and the clear control forgets it', async () => {
    const { page, context } = await answerWithCanaries(true)
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('deregister:wechat') ?? ''))
      .toContain(canaries[0])
    await page.reload()
    await rendered(page)
    await expect
      .poll(() => page.locator('deregister-guide [part=verdict]').getAttribute('data-verdict'))
      .toBe('blocked')
    await page.getByRole('button', { name: 'Clear saved progress' }).click()
    await expect.poll(() => page.evaluate(() => localStorage.length)).toBe(0)
    expect(await page.locator('deregister-guide [part=verdict]').getAttribute('data-verdict')).toBe(
      'incomplete',
    )
    await context.close()
  })
})

describe('events for the host page', () => {
  it('fires verdict and step events without answers in them', async () => {
    const { page, context, seen } = await answerWithCanaries(false, 'full')
    await page.getByRole('button', { name: 'Guide', exact: true }).click()
    await page.locator('deregister-guide [part=step] input[type=checkbox]').first().check()
    const step = guide.steps.find(
      (s) => !s.clients || s.clients.includes(guide.clients[0]!.client),
    )!
    await expect
      .poll(() => seen.events)
      .toContain(
        `deregister-step {"platform":"wechat","client":"${guide.clients[0]!.client}","step":"${step.id}","done":true}`,
      )
    expect(seen.events).toContain(
      `deregister-verdict {"platform":"wechat","client":"${guide.clients[0]!.client}","verdict":"blocked"}`,
    )
    await context.close()
  })
})
