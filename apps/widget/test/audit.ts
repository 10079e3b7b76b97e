/**
 * What a reader on any screen would notice, measured in the page: console errors and failed
 * requests, axe violations, content wider than the screen or the widget, squeezed table cells.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Records console errors, uncaught exceptions and failed or 4xx/5xx requests of a page. */
export function watch(page: Page): { take(): string[] } {
  let problems: string[] = []
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`))
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`))
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`))
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`))
  return {
    /** The problems since the last call. */
    take() {
      const seen = problems
      problems = []
      return seen
    },
  }
}

/**
 * axe-core on the whole page, into open shadow roots, every rule and impact. It is evaluated
 * through the DevTools protocol rather than added as a <script>: the demo's strict CSP would
 * refuse an inline script (and log that refusal as a console error).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<Result> } }).axe
    const r = await axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v) => `${v.impact} ${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)
  })
}

/**
 * Horizontal overflow of the page, any element of the widget's shadow root reaching past the
 * widget's box, and table cells narrower than four characters of the page's script (four
 * ideographs in Chinese, four digits otherwise), or than their text if shorter, in the page and
 * in the widget.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const overflow = document.documentElement.scrollWidth - window.innerWidth
    if (overflow > 0) problems.push(`the page scrolls sideways by ${overflow} px`)
    const describe = (e: Element): string => e.outerHTML.slice(0, 100)
    const roots: (Document | ShadowRoot)[] = [document]
    for (const host of document.querySelectorAll('deregister-guide')) {
      const shadow = host.shadowRoot
      const box = shadow?.querySelector('.dr')?.getBoundingClientRect()
      if (!shadow || !box) continue
      roots.push(shadow)
      for (const e of shadow.querySelectorAll('*')) {
        const r = e.getBoundingClientRect()
        // Half a pixel of slack for subpixel layout; hidden elements have an empty box.
        if (r.width && (r.right > box.right + 0.5 || r.left < box.left - 0.5)) problems.push(`past the widget's edge: ${describe(e)}`)
      }
    }
    const ctx = document.createElement('canvas').getContext('2d')!
    for (const root of roots)
      for (const cell of root.querySelectorAll('td, th')) {
        const style = getComputedStyle(cell)
        ctx.font = style.font
        const four = ctx.measureText(cell.closest('[lang]')?.getAttribute('lang')?.startsWith('zh') ? '中文字符' : '0000').width
        // A cell may be as narrow as its own text on one line ("是" needs no room for four).
        const need = Math.min(four, ctx.measureText(cell.textContent?.trim() ?? '').width)
        const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
        if (inner < need - 0.5) problems.push(`a table cell ${Math.round(inner)} px wide: ${describe(cell)}`)
      }
    return problems
  })
}
