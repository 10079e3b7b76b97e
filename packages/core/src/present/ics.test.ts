import { describe, expect, it } from 'vitest'
import { evaluate } from '../engine/evaluate'
import { compiledCoinbox } from '../testing/compiled-coinbox'
import { presentCheck } from './check-view'
import { fold, planCalendar } from './ics'

// UTF-8 length without host globals: core's tests type-check without Node or DOM types.
const octets = (s: string): number => unescape(encodeURIComponent(s)).length

const result = evaluate(compiledCoinbox, { answers: { savings: true, balance: 12.5, cards: true, plan: 'gold' }, startDate: '2026-09-28' })

const events = (ics: string) =>
  ics
    .replace(/\r\n /g, '')
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((e) => Object.fromEntries(e.split('\r\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1)])))

describe('planCalendar', () => {
  it('spans each event over its whole range: a remedy from its start to its end', () => {
    const view = presentCheck(compiledCoinbox, result, 'zh-CN')
    const ics = planCalendar(view, new Date('2026-09-28T00:00:00Z'))
    const byUid = new Map(events(ics).map((e) => [e.UID, e]))
    const redeem = view.plan.find((p) => p.requirement === 'redeem-savings')!
    const event = byUid.get('coinbox-remedy-redeem-savings@deregister')!
    expect(event['DTSTART;VALUE=DATE']).toBe(redeem.start.earliest.replace(/-/g, ''))
    const completion = view.timeline.find((e) => e.id === 'completion')!
    const end = byUid.get('coinbox-completion@deregister')!
    expect(end['DTSTART;VALUE=DATE']).toBe(completion.date.earliest.replace(/-/g, ''))
    // DTEND is exclusive: the day after the latest date.
    expect(Number(end['DTEND;VALUE=DATE'])).toBeGreaterThan(Number(completion.date.latest!.replace(/-/g, '')))
  })
  it('keeps UIDs stable across languages and start days, so a re-import replaces events', () => {
    const later = evaluate(compiledCoinbox, { answers: {}, startDate: '2026-11-02' })
    const a = events(planCalendar(presentCheck(compiledCoinbox, result, 'zh-CN'), new Date(0))).map((e) => e.UID)
    const b = events(planCalendar(presentCheck(compiledCoinbox, later, 'en'), new Date(0))).map((e) => e.UID)
    expect(b.every((uid) => a.includes(uid))).toBe(true)
  })
  it('folds lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'注销'.repeat(40)}`
    for (const part of fold(line).split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75)
  })
})
