/**
 * ISO calendar dates (YYYY-MM-DD) as whole days since 1970-01-01. Local time zones never enter: a
 * deletion date is a day on the Beijing calendar, whatever the machine's clock says.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

// Integer civil-calendar conversions (H. Hinnant's days_from_civil / civil_from_days):
// the engine dates every plan on every request, and Date objects cost ten times more.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468
  const era = Math.floor(zz / 146097)
  const doe = zz - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d]
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31
}

// Plans revisit the same few dates over and over; parsing is the costliest step left.
const parsed = new Map<string, number>()

/** Days since 1970-01-01 for an ISO date; throws on anything that is not a real date. */
export function toDay(iso: string): number {
  const hit = parsed.get(iso)
  if (hit !== undefined) return hit
  const day = parseIso(iso)
  if (parsed.size > 4096) parsed.clear()
  parsed.set(iso, day)
  return day
}

function parseIso(iso: string): number {
  const m = ISO_DATE.exec(iso)
  if (!m) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${iso}`)
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw new RangeError(`no such date: ${iso}`)
  return daysFromCivil(y, mo, d)
}

export function fromDay(day: number): string {
  const [y, m, d] = civilFromDays(day)
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`
}

export function addDays(iso: string, n: number): string {
  return fromDay(toDay(iso) + n)
}

/** Adds calendar months, clamping to the month's last day (01-31 + 1 month = 02-28). */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = civilFromDays(toDay(iso))
  const index = y * 12 + (m - 1) + n
  const ty = Math.floor(index / 12)
  const tm = index - ty * 12 + 1
  return fromDay(daysFromCivil(ty, tm, Math.min(d, daysInMonth(ty, tm))))
}

/** 0 = Sunday … 6 = Saturday, for a day number. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return weekdayOfDay(toDay(iso))
}

/** The year a day number falls in. */
export function yearOfDay(day: number): number {
  return civilFromDays(day)[0]
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
