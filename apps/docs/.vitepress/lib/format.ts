/**
 * @module
 * Formats durations and shares for display, in both languages. Pure; used by components
 * (browser and SSR) and by data loaders.
 */
import type { Duration, Locale } from '@deregister/core'

const UNITS: Record<Locale, Record<Duration['unit'], [string, string]>> = {
  'zh-CN': {
    minutes: ['分钟', '分钟'],
    hours: ['小时', '小时'],
    days: ['天', '天'],
    workdays: ['个工作日', '个工作日'],
    months: ['个月', '个月'],
    years: ['年', '年'],
  },
  en: {
    minutes: ['minute', 'minutes'],
    hours: ['hour', 'hours'],
    days: ['day', 'days'],
    workdays: ['working day', 'working days'],
    months: ['month', 'months'],
    years: ['year', 'years'],
  },
}

/** "3 个工作日", "14–15 days", "about 1 year", "at least 3 days". */
export function formatDuration(d: Duration, locale: Locale): string {
  const [one, many] = UNITS[locale][d.unit]
  const zh = locale === 'zh-CN'
  const space = ' '
  const n = d.max === undefined ? d.min : d.max
  const unit = n === 1 ? one : many
  let text: string
  if (d.max === undefined) text = zh ? `${d.min}${space}${unit}以上` : `at least ${d.min} ${unit}`
  else if (d.max === d.min) text = `${d.min}${space}${unit}`
  else text = `${d.min}–${d.max}${space}${unit}`
  if (d.approximate) text = zh ? `约 ${text}` : `about ${text}`
  return text
}

/** 0.43 → "43%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`
}

/** A range of days for overviews: "14–15 天", "≥ 3 days", "none". */
export function formatDays(range: { min: number; max: number | null; approximate: boolean }, locale: Locale): string {
  const round = (n: number): number => (n < 1 ? Math.round(n * 10) / 10 : Math.round(n))
  if (range.max === 0) return locale === 'zh-CN' ? '无' : 'none'
  const d: Duration = {
    min: round(range.min),
    ...(range.max === null ? {} : { max: round(range.max) }),
    unit: 'days',
    approximate: range.approximate,
  }
  return formatDuration(d, locale)
}
