import type { CompiledGuide } from '../schema/compiled'
import type { Locale } from '../schema/localized'
import type { Evaluation } from '../schema/result'
import type { CheckView, PlanEntry, RequirementGroup } from '../schema/view'
import { clientLabel } from './clients'
import type { Names } from './lookup'
import { namesOf } from './lookup'
import { words } from './messages'
import { formatDuration, formatTaskDates } from './phrases'
import { requirementItem } from './requirements'
import { timelineEntries } from './timeline'
import { verificationHelp } from './verification'

type Remedy = Extract<Evaluation['plan'][number], { kind: 'remedy' }>

/** The remedies in the order the reader acts: by the day they can start, dependencies kept (a stable sort). */
function planEntries(result: Evaluation, locale: Locale, names: Names): PlanEntry[] {
  const w = words(locale)
  const required = new Set(result.blockers.map((f) => f.requirement))
  const remedies = result.plan.filter((p): p is Remedy => p.kind === 'remedy')
  return remedies
    .map((r) => ({
      requirement: r.requirement,
      title: r.title[locale],
      required: required.has(r.requirement),
      tag: w.group[required.has(r.requirement) ? 'must' : 'recommended'].tag,
      steps: r.steps.map((s) => s[locale]),
      duration: formatDuration(r.duration, locale),
      after: r.after
        .filter((id) => remedies.some((x) => x.requirement === id))
        .map((id) => ({ id, title: names.requirement(id) })),
      start: r.start,
      done: r.done,
      when: formatTaskDates(r.start, r.done, locale),
    }))
    .sort((a, b) => a.start.earliest.localeCompare(b.start.earliest))
}

/**
 * The reader's view of one evaluation, in one language: the verdict in words, the requirements
 * that apply in their groups, the plan in the order to act, one chronological timeline, and
 * what the reader's own answers call for (their special accounts, verification alternatives,
 * losses). Every count is the length of the list it describes.
 *
 * @example
 * const view = presentCheck(guide, evaluate(guide, { answers, startDate: startDay(Date.now()) }), 'zh-CN')
 * view.verdict.text // "还不能注销：有 2 项必须先处理。"
 */
export function presentCheck(guide: CompiledGuide, result: Evaluation, locale: Locale): CheckView {
  const w = words(locale)
  const names = namesOf(guide, locale)
  const reqs = new Map(guide.requirements.map((r) => [r.id, r]))
  // Only what applies to this reader; what is still unknown is asked for under `questions`.
  const applying = [...result.blockers, ...result.warnings, ...result.notes].filter(
    (f) => f.status === 'fails',
  )
  const groups: RequirementGroup[] = (['must', 'recommended', 'info'] as const).map((key) => {
    const severity = key === 'must' ? 'blocker' : key === 'recommended' ? 'warning' : 'info'
    const items = applying
      .filter((f) => f.severity === severity)
      .map((f) => requirementItem(reqs.get(f.requirement)!, locale, names))
    return {
      key,
      title: w.group[key].title,
      count: items.length,
      heading: w.group[key].heading(items.length),
      items,
    }
  })
  const [must, recommended, info] = groups as [RequirementGroup, RequirementGroup, RequirementGroup]
  const questions = result.missing.map((m) => ({ id: m.question, text: m.text[locale] }))
  const verdictText =
    result.verdict === 'blocked'
      ? w.blocked(must.count)
      : result.verdict === 'incomplete'
        ? w.incomplete(questions.length)
        : recommended.count
          ? w.readyButRecommended(recommended.count)
          : w.ready
  const plan = planEntries(result, locale, names)
  const timeline = timelineEntries(guide, result, plan, locale, names)
  const specials = guide.specialAccounts.filter((s) => result.specialAccounts.includes(s.id))
  return {
    locale,
    platform: { id: guide.id, name: guide.name[locale] },
    client: result.client
      ? { client: result.client, label: clientLabel(result.client, locale) }
      : null,
    start: result.timeline.start,
    verdict: { value: result.verdict, text: verdictText },
    counts: {
      must: must.count,
      recommended: recommended.count,
      info: info.count,
      questions: questions.length,
    },
    headings: { ...w.headings },
    questions,
    groups,
    plan,
    steps: result.plan.flatMap((p) =>
      p.kind === 'step'
        ? [{ id: p.step, text: p.text[locale], ...(p.detail ? { detail: p.detail[locale] } : {}) }]
        : [],
    ),
    timeline,
    ...(timeline.some((e) => e.date.approximate) ? { timelineNote: w.estimated } : {}),
    verification: verificationHelp(guide, result, locale, names),
    specialAccounts: specials.map((s) => ({
      id: s.id,
      title: s.title[locale],
      text: w.specialAccount(s.prerequisite[locale], s.channel[locale]),
    })),
    losses: result.losses.map((l) => ({
      id: l.id,
      title: l.title[locale],
      ...(l.detail ? { detail: l.detail[locale] } : {}),
      ...(l.certainty === 'possible' ? { note: w.possibleLoss } : {}),
    })),
    consequences: result.consequences.map((c) => ({
      id: c.id,
      title: c.title[locale],
      detail: c.detail[locale],
      ...(c.advice ? { advice: c.advice[locale] } : {}),
    })),
  }
}
