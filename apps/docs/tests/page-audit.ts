/**
 * @module
 * What every page must pass at every width: no horizontal overflow, no table cell too
 * narrow to hold four characters, and no axe-core violation of any impact. axe is injected
 * from its package into the loaded page, the way its own docs run it under a driver.
 */
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

export interface AuditResult {
  /** How far the page scrolls sideways beyond the viewport, in CSS pixels. */
  overflow: number
  /** Table cells whose content box is narrower than four of its characters. */
  narrowCells: string[]
  /** axe violations as "rule-id (impact): target". */
  violations: string[]
}

export async function auditPage(page: Page): Promise<AuditResult> {
  await page.addScriptTag({ path: AXE })
  const layout = await page.evaluate(() => {
    const overflow = document.documentElement.scrollWidth - window.innerWidth
    const narrowCells: string[] = []
    for (const cell of Array.from(document.querySelectorAll<HTMLElement>('td, th'))) {
      if (!cell.offsetParent || !cell.textContent?.trim()) continue
      const style = getComputedStyle(cell)
      const width = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
      // A CJK character is one em wide: four of them must fit on a line.
      if (width < 4 * parseFloat(style.fontSize) - 0.5) narrowCells.push(`${Math.round(width)}px: ${cell.textContent.trim().slice(0, 30)}`)
    }
    return { overflow, narrowCells }
  })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe
    const result = await axe.run(document)
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`))
  })
  return { ...layout, violations }
}
