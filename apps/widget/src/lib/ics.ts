/**
 * A minimal RFC 5545 writer for all-day events: CRLF lines folded at 75 octets, TEXT values
 * escaped. Enough for a dated plan, a fraction of a general iCalendar library's size.
 */
import { addDays } from '@deregister/core'

export interface DayEvent {
  uid: string
  title: string
  /** ISO dates; `last` is inclusive. */
  first: string
  last: string
  description?: string
}

const escapeText = (s: string): string => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n')
const day = (iso: string): string => iso.replace(/-/g, '')

/** Splits a content line into chunks of at most 75 octets, never inside a UTF-8 sequence. */
export function fold(line: string): string {
  const enc = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const ch of line) {
    const n = enc.encode(ch).length
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

export function writeCalendar(name: string, events: readonly DayEvent[], stamp: Date): string {
  const now = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Deregister//Widget//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(name)}`]
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${now}`,
      `DTSTART;VALUE=DATE:${day(e.first)}`,
      `DTEND;VALUE=DATE:${day(addDays(e.last, 1))}`,
      `SUMMARY:${escapeText(e.title)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(fold).join('\r\n') + '\r\n'
}
