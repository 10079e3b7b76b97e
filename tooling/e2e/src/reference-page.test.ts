/**
 * The API's interactive reference as a reader opens it: the server on 127.0.0.1 (a loopback
 * address, where Scalar would otherwise show its developer toolbar), under the page's own
 * Content-Security-Policy.
 */
import { launchChromium, startApi, watchedPage } from '@deregister/testing'
import type { RunningApi } from '@deregister/testing'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let api: RunningApi
let browser: Browser

beforeAll(async () => {
  ;[api, browser] = await Promise.all([startApi(), launchChromium()])
})
afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

describe('/reference', () => {
  it('lists the operations, loads cleanly and offers no third-party SDK or sharing menus', async () => {
    const { page, problems } = await watchedPage(browser)
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${api.url}/reference`)
    await page.getByText('/v1/platforms/{id}/eligibility').first().waitFor({ timeout: 30_000 })
    await expect(
      page.getByRole('button', { name: /^(Generate SDKs|Share|Developer Tools)$/ }).count(),
    ).resolves.toBe(0)
    expect(problems).toEqual([])
    await page.close()
  })
})
