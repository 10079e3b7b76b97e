/**
 * Working days on the mainland-China calendar: weekends off, statutory holidays off, and
 * 调休 make-up days (weekends declared working days) on. The data comes from the maintained
 * `chinese-days` package; past the years it covers we fall back to Monday–Friday and say so.
 */
import calendar from 'chinese-days/dist/chinese-days.json'
import { addDays, weekday, yearOf } from './dates'

const holidays = new Set(Object.keys(calendar.holidays))
const makeUpWorkdays = new Set(Object.keys(calendar.workdays))
const coveredYears = new Set([...holidays].map(yearOf))

/** The first and last year the holiday data covers. */
export const CALENDAR_RANGE = {
  first: Math.min(...coveredYears),
  last: Math.max(...coveredYears),
} as const

/** Whether the official holiday schedule for this date's year is known. */
export function isCalendarKnown(iso: string): boolean {
  return coveredYears.has(yearOf(iso))
}

export function isWorkday(iso: string): boolean {
  if (makeUpWorkdays.has(iso)) return true
  if (holidays.has(iso)) return false
  const day = weekday(iso)
  return day !== 0 && day !== 6
}

export interface WorkdayResult {
  date: string
  /** True when any day counted lies in a year the holiday data does not cover. */
  approximate: boolean
}

/**
 * The `n`-th working day after `iso` (the start day itself does not count, as when a
 * platform says "3 个工作日内"). `n = 0` returns `iso` unchanged. Fractions round up.
 */
export function addWorkdays(iso: string, n: number): WorkdayResult {
  let remaining = Math.ceil(n)
  let date = iso
  let approximate = false
  while (remaining > 0) {
    date = addDays(date, 1)
    if (!isCalendarKnown(date)) approximate = true
    if (isWorkday(date)) remaining--
  }
  return { date, approximate }
}
