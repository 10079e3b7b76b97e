import type { Guide } from '@deregister/core/schema'
import type { ContentIssue } from './issue'
import type { YamlFile } from './yaml-file'

/** Items whose every entry must name its sources: nothing falls back to "the first source". */
export const MUST_CITE = ['requirements', 'steps', 'waitingPeriods', 'losses', 'retention', 'reRegistration'] as const
export const MIN_SOURCES = 3

/**
 * A guide rests on several sources, at least one a reader can open, each with its own date or
 * an explicit "undated"; every requirement, step, wait, loss and retention says which ones
 * back it, and no listed source goes uncited.
 */
export function checkCitations(guide: Guide, yaml: YamlFile): ContentIssue[] {
  const issues: ContentIssue[] = []
  const cited = new Set<string>()
  JSON.stringify(guide, (key, value: unknown) => {
    if (key === 'source' && typeof value === 'string') cited.add(value)
    if (key === 'sources' && Array.isArray(value)) value.forEach((v) => typeof v === 'string' && cited.add(v))
    return value
  })
  if (guide.sources.length < MIN_SOURCES)
    issues.push(yaml.issue(['sources'], `a full guide cites at least ${MIN_SOURCES} sources (has ${guide.sources.length})`))
  if (!guide.sources.some((s) => s.url)) issues.push(yaml.issue(['sources'], 'at least one source needs a url a reader can open'))
  const raw = (yaml.data as { sources?: { date?: unknown }[] } | undefined)?.sources ?? []
  guide.sources.forEach((s, i) => {
    if (raw[i]?.date === undefined)
      issues.push(yaml.issue(['sources', i], `source "${s.id}" needs a date: YYYY-MM-DD, or "undated" when it gives none`))
    if (!cited.has(s.id)) issues.push(yaml.issue(['sources', i, 'id'], `source "${s.id}" is listed but nothing cites it`))
  })
  for (const list of MUST_CITE)
    (guide[list] as { sources?: string[] }[]).forEach((item, i) => {
      if (!item.sources?.length) issues.push(yaml.issue([list, i], `${list}[${i}] must name its sources (sources: [id, …])`))
    })
  const commitment = guide.legal.commitment
  if (commitment && !commitment.sources?.length)
    issues.push(yaml.issue(['legal', 'commitment'], 'the processing commitment must name its sources'))
  return issues
}
