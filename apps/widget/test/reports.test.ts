import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
// @ts-expect-error plain ES module without types
import { serve } from '../demo/serve.mjs'
import { demoUrl, launch, rendered } from './browser'

interface Server {
  url: string
  close(): Promise<void>
}
const received: Record<string, unknown>[] = []
let failNext = false
let api: Server
let browser: Browser
let page: Page

// An HTTP endpoint with the API's shape: the compiled entry by id, and reports taken as JSON.
async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' }
  if (req.method === 'OPTIONS') return (res.writeHead(204, cors).end(), true)
  const m = /^\/v1\/platforms\/([a-z0-9-]+)(\/reports)?$/.exec(url.pathname)
  if (!m) return false
  if (!m[2]) {
    const body = await readFile(new URL(`../dist/platforms/${m[1]}.json`, import.meta.url))
    return (res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(body), true)
  }
  let text = ''
  for await (const chunk of req) text += chunk
  if (failNext) {
    failNext = false
    received.push(JSON.parse(text))
    return (res.writeHead(503, cors).end(), true)
  }
  received.push(JSON.parse(text))
  return (res.writeHead(201, { ...cors, 'content-type': 'application/json' }).end(text), true)
}

beforeAll(async () => {
  api = await serve({ handle })
  browser = await launch()
  page = await browser.newPage()
})
afterAll(async () => {
  await browser.close()
  await api.close()
})

describe('reporting a problem with a step', () => {
  it('posts the report to the API, retrying under the same id', async () => {
    await page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', lang: 'en', src: api.url, view: 'guide', client: 'android' }))
    await rendered(page)
    const step = page.locator('deregister-guide [part=step]').first()
    await step.getByRole('button', { name: /Report a problem/ }).click()
    await step.getByRole('combobox', { name: 'Problem' }).selectOption('outdated')
    await step.getByRole('textbox').fill('The menu is now called Account and Security.')
    failNext = true
    await step.getByRole('button', { name: 'Send' }).click()
    await expect.poll(() => step.getByRole('status').textContent()).toContain('failed')
    await step.getByRole('button', { name: 'Send' }).click()
    await expect.poll(() => step.getByRole('status').textContent()).toContain('Thank you')
    expect(received).toHaveLength(2)
    expect(received[0]).toEqual(received[1])
    expect(received[1]).toMatchObject({ kind: 'outdated', client: 'android', message: 'The menu is now called Account and Security.' })
    expect(received[1]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(typeof received[1]!.target).toBe('string')
  })

  it('offers no report control when the data is a static folder', async () => {
    await page.goto(demoUrl(inject('pageUrl'), { platform: 'wechat', lang: 'en', view: 'guide' }))
    await rendered(page)
    expect(await page.locator('deregister-guide [part=report]').count()).toBe(0)
  })
})
