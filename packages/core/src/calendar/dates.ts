/**
 * ISO calendar dates (YYYY-MM-DD) as whole UTC days. Local time zones never enter: a
 * deletion date is a day on the Beijing calendar, whatever the machine's clock says.
 */
const DAY_MS = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Days since 1970-01-01 for an ISO date; throws on anything that is not a real date. */
export function toDay(iso: string): number {
  const m = ISO_DATE.exec(iso)
  if (!m) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${iso}`)
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const ms = Date.UTC(y, mo - 1, d)
  const back = new Date(ms)
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) throw new RangeError(`no such date: ${iso}`)
  return ms / DAY_MS
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

export function addDays(iso: string, n: number): string {
  return fromDay(toDay(iso) + n)
}

/** Adds calendar months, clamping to the month's last day (01-31 + 1 month = 02-28). */
export function addMonths(iso: string, n: number): string {
  const d = new Date(toDay(iso) * DAY_MS)
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay))
  return target.toISOString().slice(0, 10)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(toDay(iso) * DAY_MS).getUTCDay()
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4))
}

export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function maxIso(a: string, b: string): string {
  return a >= b ? a : b
}
