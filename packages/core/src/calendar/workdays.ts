/**
 * Working days on the mainland-China calendar: weekends off, statutory holidays off, and
 * 调休 make-up days (weekends declared working days) on. The data comes from the maintained
 * `chinese-days` package; past the years it covers we fall back to Monday–Friday and say so.
 */
import { fromDay, toDay, weekdayOfDay, yearOf, yearOfDay } from './dates'
import { decodeDays } from './day-runs'
import { HOLIDAYS, MAKE_UP_WORKDAYS } from './holiday-data'

interface Calendar {
  holidays: Set<number>
  makeUpWorkdays: Set<number>
  // The first and last year covered (the years between are all covered), and their end days.
  first: number
  last: number
  firstDay: number
  lastDay: number
}

// Decoded on first use, not on import: a page that loads the engine without dating a plan (the
// widget until its check is used) pays nothing for the calendar at start-up.
let decoded: Calendar | undefined
function calendar(): Calendar {
  if (decoded) return decoded
  // Ascending: the first and the last holiday give the years covered.
  const holidayDays = decodeDays(HOLIDAYS)
  const first = yearOfDay(holidayDays[0]!)
  const last = yearOfDay(holidayDays[holidayDays.length - 1]!)
  decoded = {
    holidays: new Set(holidayDays),
    makeUpWorkdays: new Set(decodeDays(MAKE_UP_WORKDAYS)),
    first,
    last,
    firstDay: toDay(`${first}-01-01`),
    lastDay: toDay(`${last}-12-31`),
  }
  return decoded
}

/** The first and last year the holiday data covers. */
export const CALENDAR_RANGE: { readonly first: number; readonly last: number } = {
  get first() {
    return calendar().first
  },
  get last() {
    return calendar().last
  },
}

/** Whether the official holiday schedule for this date's year is known. */
export function isCalendarKnown(iso: string): boolean {
  const { first, last } = calendar()
  const year = yearOf(iso)
  return year >= first && year <= last
}

function isWorkdayNumber(day: number, { holidays, makeUpWorkdays }: Calendar = calendar()): boolean {
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
  const cal = calendar()
  let remaining = Math.ceil(n)
  let day = toDay(iso)
  let approximate = false
  while (remaining > 0) {
    day++
    if (day < cal.firstDay || day > cal.lastDay) approximate = true
    if (isWorkdayNumber(day, cal)) remaining--
  }
  return { date: fromDay(day), approximate }
}
