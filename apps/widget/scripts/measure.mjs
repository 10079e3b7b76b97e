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

// Runs before any page script. "After the script runs" starts when the script calls
// customElements.define: by then the module is fetched, parsed and its top level (Vue's and the
// engine's set-up) has run, which the size budget and the `script` figure below account for. The
// definition upgrades the element already in the page, so Vue mounts it inside that call: the
// mount is counted as render time. A frame counts once painted: the time is taken in a message
// posted from the animation-frame callback that found the content, which runs after that frame's
// style, layout and paint. Measuring from the script's responseEnd, as before, charged network
// hand-off, parse and Vue's own start-up (the empty element alone took ~110 ms) to the widget's
// render. Long tasks are split into the script's own task (compared with the empty element's) and
// every task after it, which is the widget's work.
const PROBE = (withContent) => `(() => {
  const m = (window.__probe = { defining: 0, first: 0, content: 0, tasks: [] })
  new PerformanceObserver((l) => l.getEntries().forEach((e) => m.tasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true })
  const define = customElements.define
  customElements.define = function (...args) {
    if (!m.defining) m.defining = performance.now()
    return define.apply(this, args)
  }
  const painted = (key) => {
    const ch = new MessageChannel()
    ch.port1.onmessage = () => ((m[key] = performance.now()), performance.mark('probe:' + key))
    ch.port2.postMessage(0)
  }
  // Settled: painted, with content when asked, and no part still marked aria-busy. The page says
  // so on the console: polling from Playwright (waitForFunction) would first evaluate its own
  // injected script in the page, ~45 ms of main-thread work at 4x that lands among the widget's
  // tasks and in the long-task list.
  const tick = () => {
    const root = document.querySelector('[data-probe]')?.shadowRoot
    if (!m.seen && root?.firstElementChild) (m.seen = true), painted('first')
    if (!m.found && root?.querySelector('h2')) (m.found = true), painted('content')
    if (m.seen && (m.found || !${withContent}) && !root.querySelector('[aria-busy=true]')) setTimeout(() => console.debug('probe:settled'), 200)
    else requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

/** Loads `path` `runs` times at 4× CPU throttling, each time until the element is settled. */
async function eachLoad({ path, withContent, runs, handle }, measure) {
  const server = await serve({ handle })
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS })
  const samples = []
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage()
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      await page.addInitScript(PROBE(Boolean(withContent)))
      samples.push(
        await measure(page, browser, async () => {
          // The probe waits 200 ms after settling before it says so: the long-task observer delivers.
          const settled = page.waitForEvent('console', { predicate: (msg) => msg.text() === 'probe:settled', timeout: 20_000 })
          await page.goto(server.url + path)
          await settled
        }),
      )
      await page.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }
  return samples
}

const median = (samples, k) => samples.map((s) => s[k]).sort((a, b) => a - b)[Math.floor(samples.length / 2)]

/**
 * Median over `runs` page loads at 4× CPU throttling: ms from the script's call to
 * customElements.define to the first painted frame showing the element (`first`) and showing its
 * content (`content`, when `withContent`); `script` is ms from the script's arrival to that call
 * (parse and top-level evaluation). `scriptTask` is the longest task that began before the
 * call (the script's evaluation), `longest` the longest task after it, over every load.
 * `handle` serves `path`.
 */
export async function renderTiming({ path, scriptPath, withContent, runs = 5, handle }) {
  const samples = await eachLoad({ path, withContent, runs, handle }, async (page, _, load) => {
    await load()
    return page.evaluate((s) => {
      const arrived = performance.getEntriesByType('resource').find((r) => r.name.endsWith(s)).responseEnd
      const p = window.__probe
      const before = p.tasks.filter(([start]) => start <= p.defining).map(([, d]) => d)
      const after = p.tasks.filter(([start]) => start > p.defining).map(([, d]) => d)
      return {
        script: p.defining - arrived,
        first: p.first - p.defining,
        content: p.content ? p.content - p.defining : 0,
        scriptTask: Math.max(0, ...before),
        longest: Math.max(0, ...after),
      }
    }, scriptPath)
  })
  const med = (k) => median(samples, k)
  return { script: med('script'), first: med('first'), content: med('content'), scriptTask: med('scriptTask'), longest: Math.max(...samples.map((s) => s.longest)) }
}

/**
 * The same loads, timed in main-thread CPU time from a trace: unlike wall time it does not grow
 * when other processes share the machine. `define` is the customElements.define upgrade (which
 * mounts the element), `first` and `content` the CPU time from the start of that call to the
 * probe's `first` and `content` frames (a task that straddles a bound counts in proportion to its
 * wall time inside it), `longest` the longest task after the call; medians over `runs` loads.
 */
export async function mainThreadTime({ path, withContent, runs = 7, handle }) {
  const samples = await eachLoad({ path, withContent, runs, handle }, async (page, browser, load) => {
    await browser.startTracing(page, { categories: ['toplevel', 'blink', 'blink.user_timing'] })
    await load()
    const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents
    const events = trace.filter((e) => e.ph === 'X')
    const define = events.filter((e) => e.name === 'CustomElementReactionQueue::invokeReactions').sort((a, b) => b.dur - a.dur)[0]
    const after = events.filter((e) => /RunTask/.test(e.name) && e.tid === define.tid && e.ts > define.ts + define.dur)
    const tasks = events.filter((e) => e.tid === define.tid && e.pid === define.pid && /^(ThreadControllerImpl::RunTask|BlinkScheduler_PerformMicrotaskCheckpoint)$/.test(e.name))
    const top = tasks.filter((t) => !tasks.some((o) => o !== t && o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur))
    const cpuUntil = (name) => {
      const mark = trace.find((e) => e.name === name && e.cat?.includes('user_timing'))
      if (!mark) return 0
      const from = define.ts + define.dur
      const rest = top.reduce((sum, t) => {
        const overlap = Math.min(t.ts + t.dur, mark.ts) - Math.max(t.ts, from)
        return overlap > 0 ? sum + (t.tdur ?? 0) * (overlap / t.dur) : sum
      }, 0)
      return (define.tdur + rest) / 1000
    }
    return {
      define: define.tdur / 1000,
      first: cpuUntil('probe:first'),
      content: withContent ? cpuUntil('probe:content') : 0,
      longest: Math.max(0, ...after.map((e) => (e.tdur ?? 0) / 1000)),
    }
  })
  const med = (k) => median(samples, k)
  return { define: med('define'), first: med('first'), content: med('content'), longest: med('longest') }
}
