import type { CompiledGuide } from '../schema/compiled'
import type { Client, Locale } from '../schema/localized'
import type { Requirement } from '../schema/requirement'
import type { ClientOption } from './clients'
import { clientLabel, clientOptions, narrowToClient } from './clients'
import type { SourcedDurationView } from './durations'
import { sourcedDuration, totalWait } from './durations'
import type { Names } from './lookup'
import { namesOf } from './lookup'
import { words } from './messages'
import { formatDuration, formatShare } from './phrases'
import { failureShareText } from './requirements'

/** A requirement as the guide shows it to every reader (no answers yet). */
export interface GuideRequirement {
  id: string
  title: string
  tag: string
  description?: string
  clients?: string
  steps: string[]
  duration: string
  menuPath?: string[]
  after: { id: string; title: string }[]
  customerService: boolean
  failureShare?: string
  sources?: string[]
}

export interface GuideRequirementGroup {
  key: 'must' | 'recommended' | 'info'
  title: string
  count: number
  heading: string
  items: GuideRequirement[]
}

export interface GuideView {
  locale: Locale
  id: string
  name: string
  client: ClientOption | null
  clients: ClientOption[]
  requirements: GuideRequirementGroup[]
  waiting: {
    id: string
    kind: 'review' | 'cooling-off' | 'processing'
    title: string
    duration: SourcedDurationView
    revocability: string
    howToRevoke?: string
    note?: string
  }[]
  /** The whole wait after submitting, for overviews. */
  totalWait: string
  retention: { id: string; what: string; holder?: string; basis?: string; duration: SourcedDurationView | null }[]
  reRegistration: { id: string; subject: string; rule: string; wait?: string }[]
  troubleshooting: { id: string; symptom: string; cause: string; fix: string[]; share?: string }[]
  commitment?: { text: string; duration: string }
}

const KEY_OF = { blocker: 'must', warning: 'recommended', info: 'info' } as const

function guideRequirement(r: Requirement, locale: Locale, names: Names): GuideRequirement {
  const w = words(locale)
  const share = failureShareText(r, locale, names)
  return {
    id: r.id,
    title: r.title[locale],
    tag: w.group[KEY_OF[r.severity]].tag,
    ...(r.description ? { description: r.description[locale] } : {}),
    ...(r.clients ? { clients: w.list(r.clients.map((c) => clientLabel(c, locale))) } : {}),
    steps: r.remedy.steps.map((s) => s[locale]),
    duration: formatDuration(r.remedy.duration, locale),
    ...(r.remedy.menuPath ? { menuPath: r.remedy.menuPath.map((l) => l[locale]) } : {}),
    after: r.remedy.after.map((id) => ({ id, title: names.requirement(id) })),
    customerService: r.remedy.customerService,
    ...(share ? { failureShare: share } : {}),
    ...(r.sources ? { sources: r.sources } : {}),
  }
}

/**
 * The guide as every reader sees it before answering anything, in one language (and, given a
 * client, narrowed to it): requirements in their groups, waits with every disputed claim, what is
 * kept and for how long. Shared by the docs pages and the widget's guide view.
 */
export function presentGuide(guide: CompiledGuide, locale: Locale, client?: Client): GuideView {
  const w = words(locale)
  const names = namesOf(guide, locale)
  const g = narrowToClient(guide, client)
  const requirements = (['must', 'recommended', 'info'] as const).map((key) => {
    const items = g.requirements.filter((r) => KEY_OF[r.severity] === key).map((r) => guideRequirement(r, locale, names))
    return { key, title: w.group[key].title, count: items.length, heading: w.group[key].heading(items.length), items }
  })
  const commitment = guide.legal.commitment
  return {
    locale,
    id: guide.id,
    name: guide.name[locale],
    client: client ? { client, label: clientLabel(client, locale) } : null,
    clients: clientOptions(guide, locale),
    requirements,
    waiting: guide.waitingPeriods.map((p) => ({
      id: p.id,
      kind: p.kind,
      title: p.title[locale],
      duration: sourcedDuration(p.duration, 'longest', locale, names),
      revocability: p.revocable === true ? w.revocable : p.revocable === false ? w.notRevocable : w.revocableUnknown,
      ...(p.revocable === true && p.howToRevoke ? { howToRevoke: w.howToRevoke(p.howToRevoke[locale]) } : {}),
      ...(p.note ? { note: p.note[locale] } : {}),
    })),
    totalWait: totalWait(guide.waitingPeriods.map((p) => p.duration), locale),
    retention: guide.retention.map((r) => ({
      id: r.id,
      what: r.what[locale],
      ...(r.holder ? { holder: r.holder[locale] } : {}),
      ...(r.basis ? { basis: r.basis[locale] } : {}),
      duration: r.duration ? sourcedDuration(r.duration, 'longest', locale, names) : null,
    })),
    reRegistration: guide.reRegistration.map((r) => ({
      id: r.id,
      subject: w.subject[r.subject],
      rule: r.rule[locale],
      ...(r.wait ? { wait: formatDuration(r.wait, locale) } : {}),
    })),
    troubleshooting: guide.troubleshooting.map((t) => ({
      id: t.id,
      symptom: t.symptom[locale],
      cause: t.cause[locale],
      fix: t.fix.map((f) => f[locale]),
      ...(t.share !== undefined ? { share: formatShare(t.share, 'exact', locale) } : {}),
    })),
    ...(commitment ? { commitment: { text: commitment.text[locale], duration: formatDuration(commitment.duration, locale) } } : {}),
  }
}
