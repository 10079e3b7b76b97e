import { describe, expect, inject, it } from 'vitest'
import { demoUrl, focused, rendered, sharedPage, tabTo } from './browser'
import { loadGuide } from './catalog'

const guide = loadGuide('wechat')
const shared = sharedPage()

describe('keyboard only', () => {
  it('switches views, answers a question, reaches a verdict and ticks a step without a mouse', async () => {
    await shared.page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', lang: 'en' }))
    await rendered(shared.page)
    await shared.page.evaluate(() => {
      const events: string[] = []
      ;(window as unknown as { events: string[] }).events = events
      document.addEventListener('deregister-verdict', (e) => events.push((e as CustomEvent).detail.verdict))
    })

    await tabTo(shared.page, /^button Can I delete\?$/)
    await shared.page.keyboard.press('Enter')
    const verdict = shared.page.locator('deregister-guide [part=verdict]')
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('incomplete')

    // The first question: a number typed, or the "Yes" radio chosen with the keyboard.
    const first = guide.questions.find((q) => !q.clients || q.clients.includes(guide.clients[0]!.client))!
    if (first.type === 'number') {
      await tabTo(shared.page, /^input/)
      await shared.page.keyboard.type('12.5')
    } else {
      await tabTo(shared.page, /^input/)
      await shared.page.keyboard.press('Space')
    }
    await expect.poll(() => shared.page.evaluate(() => (window as unknown as { events: string[] }).events)).toContain('blocked')
    expect(await verdict.getAttribute('data-verdict')).toBe('blocked')

    await shared.page.keyboard.down('Shift')
    await tabTo(shared.page, /^button Guide$/)
    await shared.page.keyboard.up('Shift')
    await shared.page.keyboard.press('Space')
    await tabTo(shared.page, /^input/)
    await shared.page.keyboard.press('Space')
    const firstStep = shared.page.locator('deregister-guide [part=step] input[type=checkbox]').first()
    expect(await firstStep.isChecked()).toBe(true)
    expect(await focused(shared.page)).toMatch(/^input/)
  })
})
