/**
 * Measurements for bench/widget.bench.mjs, kept here so bare imports resolve from the widget's
 * own dependencies: bundle sizes built in the same run, and first-render timing in Chromium.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { serve } from '../demo/serve.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length

/** Builds one entry with the widget's vite config in `mode`, in memory; returns the code. */
export async function bundle(mode, input) {
  const res = await build({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    mode,
    logLevel: 'silent',
    build: { write: false, ...(input ? { rollupOptions: { input } } : {}) },
  })
  return (Array.isArray(res) ? res[0] : res).output[0].code
}

/** What a general iCalendar library would weigh with the same settings. */
export async function icalGeneratorSize() {
  const dir = await mkdtemp(join(tmpdir(), 'deregister-ical-'))
  const entry = join(dir, 'entry.js')
  const lib = fileURLToPath(import.meta.resolve('ical-generator'))
  await writeFile(entry, `import ical from ${JSON.stringify(lib)}\nexport const make = (d) => ical({ name: 'x' }).createEvent({ start: d, allDay: true, summary: 'x' }).calendar.toString()\n`)
  return gzipSize(await bundle('baseline', entry))
}

export function platformSizes() {
  const dir = join(ROOT, 'dist', 'platforms')
  const index = JSON.parse(readFileSync(join(fileURLToPath(import.meta.resolve('@deregister/content/catalog/index.json'))), 'utf8'))
  return index.entries.map((e) => ({ id: e.id, depth: e.depth, gzip: gzipSize(readFileSync(join(dir, `${e.id}.json`))) }))
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

// Runs before any page script: records when the element's first heading is on screen, and long tasks.
const PROBE = `(() => {
  const m = (window.__probe = { first: 0, content: 0, longest: 0, tasks: 0 })
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { m.tasks++; m.longest = Math.max(m.longest, e.duration) })).observe({ type: 'longtask', buffered: true })
  const tick = () => {
    const root = document.querySelector('[data-probe]')?.shadowRoot
    if (!m.first && root?.firstElementChild) m.first = performance.now()
    if (root?.querySelector('h2')) m.content = performance.now()
    else requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

/**
 * Median over `runs` page loads at 4× CPU throttling: ms from the script's arrival to the first
 * frame showing the element (`first`) and showing its content (`content`, when `withContent`),
 * and the longest task seen. `handle` serves the page at `path`.
 */
export async function renderTiming({ path, scriptPath, withContent, runs = 5, handle }) {
  const server = await serve({ handle })
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS })
  const samples = []
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage()
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      await page.addInitScript(PROBE)
      await page.goto(server.url + path)
      await page.waitForFunction((c) => window.__probe.first > 0 && (!c || window.__probe.content > 0), withContent, { timeout: 20_000 })
      await page.waitForTimeout(200) // let the long-task observer deliver
      samples.push(
        await page.evaluate((s) => {
          const start = performance.getEntriesByType('resource').find((r) => r.name.endsWith(s)).responseEnd
          const p = window.__probe
          return { first: p.first - start, content: p.content ? p.content - start : 0, longest: p.longest, tasks: p.tasks }
        }, scriptPath),
      )
      await page.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }
  const med = (k) => [...samples].map((s) => s[k]).sort((a, b) => a - b)[Math.floor(samples.length / 2)]
  return { first: med('first'), content: med('content'), longest: Math.max(...samples.map((s) => s.longest)), tasks: Math.max(...samples.map((s) => s.tasks)) }
}
