import type { Locale } from '../schema/localized'
import type { Requirement, Severity } from '../schema/requirement'
import type { RequirementGroup, RequirementItem } from '../schema/view'
import type { Names } from './lookup'
import { words } from './messages'
import { formatDuration, formatShare } from './phrases'

const GROUP_OF: Record<Severity, RequirementGroup['key']> = { blocker: 'must', warning: 'recommended', info: 'info' }
const GROUP_ORDER: RequirementGroup['key'][] = ['must', 'recommended', 'info']

/** The sentence of a failure share: how much, of what, according to whom. */
export function failureShareText(r: Pick<Requirement, 'failureShare'>, locale: Locale, names: Names): string | undefined {
  const f = r.failureShare
  if (!f) return undefined
  return words(locale).failureShare(names.source(f.source), f.of?.[locale], formatShare(f.share, f.bound ?? 'exact', locale))
}

export function requirementItem(r: Requirement, locale: Locale, names: Names): RequirementItem {
  const share = failureShareText(r, locale, names)
  return {
    id: r.id,
    title: r.title[locale],
    ...(r.description ? { description: r.description[locale] } : {}),
    steps: r.remedy.steps.map((s) => s[locale]),
    duration: formatDuration(r.remedy.duration, locale),
    ...(share ? { failureShare: share } : {}),
  }
}

/**
 * Requirements in their three groups (must / recommended / info, always in that order), each
 * requirement once, each count taken from the list it heads.
 */
export function groupRequirements(requirements: readonly Requirement[], locale: Locale, names: Names): RequirementGroup[] {
  const w = words(locale)
  return GROUP_ORDER.map((key) => {
    const items = requirements.filter((r) => GROUP_OF[r.severity] === key).map((r) => requirementItem(r, locale, names))
    return { key, title: w.group[key].title, count: items.length, heading: w.group[key].heading(items.length), items }
  })
}
