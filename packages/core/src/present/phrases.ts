/**
 * @module
 * Every duration and date phrase a reader sees, in both languages, from one formatter:
 * "立即 / right away" for nothing to wait, "约 3 个工作日", "至少 30 天 / at least 30 days",
 * a range only when its ends differ, an approximate date marked once. Never "0 天", never
 * "about at least".
 */
import type { Duration } from '../schema/duration'
import type { Locale } from '../schema/localized'
import type { DateRange } from '../schema/result'

const ZH_UNITS: Record<Duration['unit'], string> = {
  minutes: '分钟',
  hours: '小时',
  days: '天',
  workdays: '个工作日',
  months: '个月',
  years: '年',
}
const EN_UNITS: Record<Duration['unit'], [string, string]> = {
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  workdays: ['working day', 'working days'],
  months: ['month', 'months'],
  years: ['year', 'years'],
}

const enUnit = (n: number, unit: Duration['unit']): string => EN_UNITS[unit][n === 1 ? 0 : 1]

/**
 * A duration as a reader reads it.
 *
 * @example
 * formatDuration({ min: 3, max: 3, unit: 'workdays', approximate: true }, 'zh-CN') // "约 3 个工作日"
 * formatDuration({ min: 30, unit: 'days', approximate: false }, 'en') // "at least 30 days"
 */
export function formatDuration(d: Duration, locale: Locale): string {
  const zh = locale === 'zh-CN'
  const { min, max, unit } = d
  // Nothing to wait for: no "约 0 天", whatever the source's looseness.
  if (max === 0) return zh ? '立即' : 'right away'
  // A lower bound of nothing and no upper bound says only that the time is not known.
  if (max === undefined && min === 0) return zh ? '时长不定' : 'no set time'
  // An open upper bound is already a hedge: never "about at least".
  if (max === undefined)
    return zh ? `至少 ${min} ${ZH_UNITS[unit]}` : `at least ${min} ${enUnit(min, unit)}`
  const about = d.approximate ? (zh ? '约 ' : 'about ') : ''
  if (min === 0)
    return zh
      ? `最多${about ? '约' : ''} ${max} ${ZH_UNITS[unit]}`
      : `up to ${about}${max} ${enUnit(max, unit)}`
  const n = min === max ? `${min}` : `${min}–${max}`
  return zh ? `${about}${n} ${ZH_UNITS[unit]}` : `${about}${n} ${enUnit(max, unit)}`
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number]
}

/**
 * A date as Intl's medium style writes it ("Nov 24, 2026", "2026年11月24日"), without Intl: the
 * first Intl.DateTimeFormat on a page loads locale data, 60-130 ms at 4x CPU throttling.
 */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = parts(iso)
  return locale === 'zh-CN' ? `${y}年${m}月${d}日` : `${MONTHS[m - 1]} ${d}, ${y}`
}

/** Two different days, the second without the year it shares with the first. */
function span(a: string, b: string, locale: Locale): string {
  const [ya, ma, da] = parts(a)
  const [yb, mb, db] = parts(b)
  if (locale === 'zh-CN')
    return `${ya}年${ma}月${da}日至${ya === yb ? '' : `${yb}年`}${mb}月${db}日`
  return ya === yb
    ? `${MONTHS[ma - 1]} ${da} – ${MONTHS[mb - 1]} ${db}, ${yb}`
    : `${formatDate(a, locale)} – ${formatDate(b, locale)}`
}

/**
 * One date, a span of dates, or an open end. An approximate range is marked once, in front.
 *
 * @example
 * formatDateRange({ earliest: '2026-12-07', latest: '2026-12-08', approximate: true }, 'zh-CN')
 * // "约 2026年12月7日至12月8日"
 */
export function formatDateRange(r: DateRange, locale: Locale): string {
  const zh = locale === 'zh-CN'
  // English puts "about" on the date it qualifies: "from about Dec 8, 2026", not "about from".
  if (r.latest === null && !zh)
    return `from ${r.approximate ? 'about ' : ''}${formatDate(r.earliest, locale)}, end not known`
  const text =
    r.latest === null
      ? `${formatDate(r.earliest, locale)}起，结束日期不定`
      : r.latest === r.earliest
        ? formatDate(r.earliest, locale)
        : span(r.earliest, r.latest, locale)
  return r.approximate ? (zh ? `约 ${text}` : `about ${text}`) : text
}

/**
 * When to start a task and by when it is done, as one phrase: the first day it can start and the
 * last day it may take. A task done the day it starts gives one date, not the same date twice;
 * an approximate plan is marked once, in front.
 */
export function formatTaskDates(start: DateRange, done: DateRange, locale: Locale): string {
  const zh = locale === 'zh-CN'
  const first = start.earliest
  const last = done.latest
  if (last === first)
    return formatDateRange(
      { earliest: first, latest: first, approximate: start.approximate },
      locale,
    )
  const about = start.approximate || done.approximate ? (zh ? '约 ' : 'about ') : ''
  const from = formatDate(first, locale)
  if (last === null)
    return zh ? `${about}${from}开始，结束日期不定` : `start ${about}${from}, end not known`
  if (!zh) return `start ${about}${from}, done by ${formatDate(last, locale)}`
  const [y1] = parts(first)
  const [y2, m2, d2] = parts(last)
  return `${about}${from}开始，${y1 === y2 ? '' : `${y2}年`}${m2}月${d2}日前完成`
}

/** 0.43 → "43%"; a share the source gives as a lower bound reads "超过 68%" / "more than 68%". */
export function formatShare(share: number, bound: 'exact' | 'more-than', locale: Locale): string {
  const p = `${Math.round(share * 100)}%`
  if (bound === 'exact') return p
  return locale === 'zh-CN' ? `超过 ${p}` : `more than ${p}`
}
