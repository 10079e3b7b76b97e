/**
 * @module
 * The one iCalendar writer (RFC 5545), for the API's `Accept: text/calendar` and the widget's
 * download alike. Written here rather than taken from a library because core runs in the
 * browser and workerd with no dependency but zod: all-day events need ~40 lines, a general
 * iCalendar library (time zones, recurrence) several KB in every widget.
 */
import { addDays } from '../calendar/dates'
import type { CheckView } from '../schema/view'

const escapeText = (s: string): string => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n')
const compact = (iso: string): string => iso.replace(/-/g, '')

const utf8Length = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4)

/** Splits a content line into chunks of at most 75 octets, never inside a UTF-8 sequence. */
export function fold(line: string): string {
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!)
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += ch
    size += n
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const CALENDAR_NAME = { 'zh-CN': (name: string) => `${name}注销计划`, en: (name: string) => `${name} deletion plan` }

/**
 * The timeline of a check view as all-day events: each covers its whole range (a remedy from the
 * day to start it to the day it is done; an open end, its first day only) and describes itself
 * with the view's own date phrase and notes. UIDs depend on the platform and milestone only, so
 * importing an updated plan replaces the old events instead of adding new ones.
 */
export function planCalendar(view: CheckView, stamp: Date): string {
  const now = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')
  const name = view.platform.name
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Deregister//Plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(CALENDAR_NAME[view.locale](name))}`,
  ]
  for (const e of view.timeline) {
    const last = e.date.latest ?? e.date.earliest
    const description = [e.text, ...e.notes].join('\n')
    lines.push(
      'BEGIN:VEVENT',
      `UID:${view.platform.id}-${e.id.replace(':', '-')}@deregister`,
      `DTSTAMP:${now}`,
      `DTSTART;VALUE=DATE:${compact(e.date.earliest)}`,
      `DTEND;VALUE=DATE:${compact(addDays(last, 1))}`,
      `SUMMARY:${escapeText(`${name}: ${e.title}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(fold).join('\r\n') + '\r\n'
}
