#!/usr/bin/env node
/* global document, scrollX, scrollY -- the box is measured in the page, by page.evaluate */
/**
 * Screenshots of the guide and check views at 1280 and 320 px, in both languages, into
 * test-artifacts/screens/ (gitignored; the tests keep theirs in test-artifacts/matrix/), for a
 * person to look at. Needs `vite build` first.
 *   node scripts/screenshots.mjs [platform]
 */
import { mkdirSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { serve } from '../demo/serve.mjs'

const platform = process.argv[2] ?? 'wechat'
const out = fileURLToPath(new URL('../test-artifacts/screens/', import.meta.url))
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const server = await serve()
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
const YES = { 'zh-CN': '是', en: 'Yes' }
try {
  for (const lang of ['zh-CN', 'en'])
    for (const width of [1280, 320])
      for (const view of ['guide', 'check']) {
        const page = await browser.newPage({ viewport: { width, height: 800 } })
        await page.goto(`${server.url}/?platform=${platform}&lang=${lang}&view=${view}`)
        await page.locator('deregister-guide .dr[aria-busy=false]').waitFor()
        if (view === 'check') {
          // Answer "yes" to every yes/no question, so the view has blockers, a plan and a timeline.
          for (const radio of await page.locator('deregister-guide fieldset').all())
            await radio
              .getByRole('radio', { name: YES[lang], exact: true })
              .check()
              .catch(() => {})
          for (const n of await page.locator('deregister-guide input[type=number]').all())
            await n.fill('12')
          await page.locator('deregister-guide .timeline').waitFor()
        }
        const name = `${out}${platform}-${view}-${lang}-${width}`
        await page.locator('deregister-guide').screenshot({ path: `${name}.png` })
        // The whole element, and slices of it short enough to read at a glance.
        const box = await page.evaluate(() => {
          const r = document.querySelector('deregister-guide').getBoundingClientRect()
          return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }
        })
        const tall = width < 600 ? 900 : 700
        for (let y = 0, i = 1; y < box.height; y += tall, i++)
          await page.screenshot({
            path: `${name}.${i}.png`,
            fullPage: true,
            clip: {
              x: box.x,
              y: box.y + y,
              width: box.width,
              height: Math.min(tall, box.height - y),
            },
          })
        await page.close()
      }
} finally {
  await browser.close()
  await server.close()
}
console.log(`screenshots in ${out}`)
