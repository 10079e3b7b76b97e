/**
 * @module
 * What every page and every widget state must pass at every width: the page does not scroll
 * sideways, nothing inside an embedded element's shadow root reaches past that element, no
 * table cell is too narrow to hold four characters, and axe-core finds no violation of any
 * impact (it walks open shadow roots too).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AuditResult {
  /** How far the page scrolls sideways beyond the viewport, in CSS pixels. */
  overflow: number
  /** Elements of a shadow root that reach past their host's box. */
  outside: string[]
  /** Table cells whose content box is narrower than four of their characters. */
  narrowCells: string[]
  /** axe violations as "rule-id (impact): target". */
  violations: string[]
}

export async function auditPage(page: Page): Promise<AuditResult> {
  const layout = await page.evaluate(() => {
    const describe = (e: Element): string => e.outerHTML.slice(0, 100)
    const overflow = document.documentElement.scrollWidth - window.innerWidth
    const outside: string[] = []
    const roots: (Document | ShadowRoot)[] = [document]
    for (const host of Array.from(document.querySelectorAll('*'))) {
      if (!host.shadowRoot) continue
      roots.push(host.shadowRoot)
      const box = host.getBoundingClientRect()
      for (const e of Array.from(host.shadowRoot.querySelectorAll('*'))) {
        const r = e.getBoundingClientRect()
        // Half a pixel of slack for subpixel layout; hidden elements have an empty box.
        if (r.width && (r.right > box.right + 0.5 || r.left < box.left - 0.5))
          outside.push(describe(e))
      }
    }
    const narrowCells: string[] = []
    const ctx = document.createElement('canvas').getContext('2d')!
    for (const root of roots)
      for (const cell of Array.from(root.querySelectorAll<HTMLElement>('td, th'))) {
        const text = cell.textContent?.trim() ?? ''
        if (!cell.getClientRects().length || !text) continue
        const style = getComputedStyle(cell)
        ctx.font = style.font
        // Four characters of the cell's script (four ideographs in Chinese), or its own text if
        // shorter: a cell holding "是" needs no room for four.
        const four = ctx.measureText(
          cell.closest('[lang]')?.getAttribute('lang')?.startsWith('zh') ? '中文字符' : '0000',
        ).width
        const need = Math.min(four, ctx.measureText(text).width)
        const inner =
          cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
        if (inner < need - 0.5) narrowCells.push(`${Math.round(inner)}px: ${text.slice(0, 30)}`)
      }
    return { overflow, outside, narrowCells }
  })
  // Evaluated through the DevTools protocol rather than added as a <script>, which a page's
  // strict CSP would refuse (and log as a console error).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE)
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[] }
    const axe = (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<Result> } })
      .axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)}`),
    )
  })
  return { ...layout, violations }
}
