import type { CompiledEntry } from '@deregister/core'
import { targetLabel } from '@deregister/reports'
import type { Report } from '@deregister/reports'

export interface TargetGroup {
  target: string
  /** The step's text, the requirement's title, … (zh-CN), or the target id itself. */
  label: string
  reports: Report[]
}

export interface PlatformGroup {
  platform: string
  /** The platform's name, or its id when the catalog no longer has it. */
  name: string
  targets: TargetGroup[]
  count: number
}

function nameOf(entry: CompiledEntry | undefined, id: string): string {
  if (!entry) return id
  return typeof entry.name === 'string' ? entry.name : `${entry.name['zh-CN']} ${entry.name.en}`
}

/**
 * Groups reports by platform (alphabetical) and target (most reported first, so the
 * checklist starts with what most readers tripped over), oldest report first within each.
 */
export function groupReports(reports: readonly Report[], entries: Record<string, CompiledEntry>): PlatformGroup[] {
  const byPlatform = new Map<string, Map<string, Report[]>>()
  for (const report of [...reports].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const targets = byPlatform.get(report.platform) ?? new Map<string, Report[]>()
    byPlatform.set(report.platform, targets)
    targets.set(report.target, [...(targets.get(report.target) ?? []), report])
  }
  return [...byPlatform.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([platform, targets]) => {
      const entry = entries[platform]
      return {
        platform,
        name: nameOf(entry, platform),
        count: [...targets.values()].reduce((sum, list) => sum + list.length, 0),
        targets: [...targets.entries()]
          .map(([target, list]) => ({ target, label: entry ? targetLabel(entry, target) : target, reports: list }))
          .sort((a, b) => b.reports.length - a.reports.length || a.target.localeCompare(b.target)),
      }
    })
}
