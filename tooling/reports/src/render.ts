import type { Report } from '@deregister/reports'
import type { PlatformGroup } from './group'

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
const day = (iso: string): string => iso.slice(0, 10)

/**
 * Reader text on one line: C0 and C1 control characters (and so line breaks) become spaces;
 * bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are
 * dropped, so a report cannot reorder what a terminal or a renderer shows around it.
 */
// eslint-disable-next-line no-control-regex
const oneLine = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/[\u202a-\u202e\u2066-\u2069]/g, '').trim()

// Every character Markdown (CommonMark and GitHub's extensions) gives a meaning to.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()<>#+!|~&.:@=-]/g

/**
 * Reader text made inert in Markdown: no links, images, HTML, emphasis or headings can come
 * from a report into the checklist. Besides escaping Markdown's punctuation, the dot, colon
 * and at sign are escaped so GitHub's autolinks (bare URLs, `www.`, e-mail addresses) find
 * nothing to link; escaping the backslash first keeps `\[x\](…)` from un-escaping itself.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
}

function detail(report: Report, escape: (text: string) => string): string {
  const parts = [report.kind, report.client ? `(${report.client})` : '', day(report.createdAt)].filter(Boolean)
  return `${parts.join(' ')}${report.message ? `: ${escape(report.message)}` : ''}`
}

/** The terminal listing: platform, then target, then one line per report. */
export function renderText(groups: readonly PlatformGroup[], source: string): string {
  const total = groups.reduce((sum, group) => sum + group.count, 0)
  if (!total) return `No open reports in ${source}.\n`
  const lines = [`${plural(total, 'open report')} in ${source}`, '']
  for (const group of groups) {
    lines.push(`${group.name} [${group.platform}] — ${plural(group.count, 'report')}`)
    for (const target of group.targets) {
      const label = target.label === target.target ? '' : ` “${oneLine(target.label)}”`
      lines.push(`  ${target.target}${label} (${target.reports.length})`)
      for (const report of target.reports) lines.push(`    - ${detail(report, oneLine)}  [${report.id}]`)
    }
    lines.push('')
  }
  return lines.join('\n')
}

/** A Markdown checklist: one box per reported target, the reports beneath it. */
export function renderMarkdown(groups: readonly PlatformGroup[], generated: Date): string {
  const total = groups.reduce((sum, group) => sum + group.count, 0)
  const lines = ['# Open reader reports', '', `${plural(total, 'open report')} on ${plural(groups.length, 'platform')}, exported ${day(generated.toISOString())}.`]
  for (const group of groups) {
    lines.push('', `## ${escapeMarkdown(group.name)} (\`${group.platform}\`)`, '')
    for (const target of group.targets) {
      const label = target.label === target.target ? '' : ` ${escapeMarkdown(target.label)}`
      lines.push(`- [ ] \`${target.target}\`${label} — ${plural(target.reports.length, 'report')}`)
      for (const report of target.reports) lines.push(`  - ${detail(report, escapeMarkdown)} (\`${report.id}\`)`)
    }
  }
  return `${lines.join('\n')}\n`
}
