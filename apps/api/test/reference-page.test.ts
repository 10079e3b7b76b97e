/**
 * The interactive reference as a reader opens it: the Node server on 127.0.0.1 (a loopback
 * address, where Scalar would otherwise show its developer toolbar) in Debian's Chromium,
 * under the page's own Content-Security-Policy.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from './reports-server'
import type { RunningServer } from './reports-server'

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
let server: RunningServer
let browser: Browser
let tmp = ''

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'deregister-reference-'))
  server = await startServer({ DEREGISTER_DB: join(tmp, 'reports.db') })
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS })
})
afterAll(async () => {
  await browser?.close()
  await server?.kill()
  await rm(tmp, { recursive: true, force: true })
})

describe('/reference', () => {
  it('lists the operations, loads cleanly and offers no third-party SDK or sharing menus', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const problems: string[] = []
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()} at ${m.location().url}`))
    page.on('pageerror', (e) => problems.push(`exception: ${e.message}`))
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`))
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`))
    await page.goto(`${server.url}/reference`)
    await page.getByText('/v1/platforms/{id}/eligibility').first().waitFor({ timeout: 30_000 })
    await expect(page.getByRole('button', { name: /^(Generate SDKs|Share|Developer Tools)$/ }).count()).resolves.toBe(0)
    expect(problems).toEqual([])
    await page.close()
  })
})
