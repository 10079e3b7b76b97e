/**
 * Working days on the mainland-China calendar: weekends off, statutory holidays off, and
 * 调休 make-up days (weekends declared working days) on. The data comes from the maintained
 * `chinese-days` package; past the years it covers we fall back to Monday–Friday and say so.
 */
import { fromDay, toDay, weekdayOfDay, yearOf } from './dates'
import { decodeDays } from './day-runs'
import { HOLIDAYS, MAKE_UP_WORKDAYS } from './holiday-data'

const holidayDays = decodeDays(HOLIDAYS)
const holidays = new Set(holidayDays)
const makeUpWorkdays = new Set(decodeDays(MAKE_UP_WORKDAYS))
const coveredYears = new Set(holidayDays.map((day) => yearOf(fromDay(day))))
// Day numbers of the first and the last day of the covered years (they are contiguous).
const firstKnownDay = toDay(`${Math.min(...coveredYears)}-01-01`)
const lastKnownDay = toDay(`${Math.max(...coveredYears)}-12-31`)

/** The first and last year the holiday data covers. */
export const CALENDAR_RANGE = {
  first: Math.min(...coveredYears),
  last: Math.max(...coveredYears),
} as const

/** Whether the official holiday schedule for this date's year is known. */
export function isCalendarKnown(iso: string): boolean {
  return coveredYears.has(yearOf(iso))
}

function isWorkdayNumber(day: number): boolean {
  if (makeUpWorkdays.has(day)) return true
  if (holidays.has(day)) return false
  const w = weekdayOfDay(day)
  return w !== 0 && w !== 6
}

export function isWorkday(iso: string): boolean {
  return isWorkdayNumber(toDay(iso))
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
  let day = toDay(iso)
  let approximate = false
  while (remaining > 0) {
    day++
    if (day < firstKnownDay || day > lastKnownDay) approximate = true
    if (isWorkdayNumber(day)) remaining--
  }
  return { date: fromDay(day), approximate }
}
