import { describe, expect, it } from 'vitest'
import { fold, writeCalendar } from './ics'

describe('writeCalendar', () => {
  const text = writeCalendar('微信, 注销', [{ uid: 'a@deregister', title: 'Submit; then wait', first: '2026-09-30', last: '2026-10-08' }], new Date('2026-09-28T08:00:00Z'))

  it('writes all-day events whose end is the day after the last day', () => {
    expect(text).toContain('DTSTART;VALUE=DATE:20260930\r\nDTEND;VALUE=DATE:20261009\r\n')
    expect(text).toContain('DTSTAMP:20260928T080000Z\r\n')
  })

  it('escapes commas and semicolons in text values', () => {
    expect(text).toContain('SUMMARY:Submit\\; then wait\r\n')
    expect(text).toContain('X-WR-CALNAME:微信\\, 注销\r\n')
  })

  it('ends every line with CRLF', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })
})

describe('fold', () => {
  it('keeps lines within 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'注销账号'.repeat(20)}`
    const parts = fold(line).split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75)
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line)
  })
})
