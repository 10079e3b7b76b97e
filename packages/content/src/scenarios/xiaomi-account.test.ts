import { evaluate } from '@deregister/core'
import { describe, expect, it } from 'vitest'
import { ids, loadGuide, planOrder, remedyDates, span } from './load-guide'

const xiaomi = await loadGuide('xiaomi-account')

const clear = {
  account_frozen: false,
  recent_sensitive_change: false,
  marketing_activity: false,
  open_orders: false,
  smart_devices_bound: false,
  email_bound: true,
  mi_balance: false,
  third_party_authorized: false,
}
const phoneSteps = [
  'step:pre-check',
  'step:open-entry-phone',
  'step:verify-identity',
  'step:acknowledge-risks',
  'step:keep-proof',
]
// The phone's pre-check, SMS check and warning pages belong to the phone route only.
const webSteps = ['step:open-entry-web', 'step:confirm-email-link', 'step:web-acknowledge', 'step:keep-proof']

describe('Xiaomi account scenarios', () => {
  it('recent password change and smart devices still bound: blocked, wait of unknown length', () => {
    const r = evaluate(xiaomi, {
      client: 'android',
      startDate: '2026-09-28',
      answers: { ...clear, recent_sensitive_change: true, smart_devices_bound: true },
    })
    expect(r.verdict).toBe('blocked')
    expect(ids(r.blockers)).toEqual(['no-recent-sensitive-change', 'devices-unbound'])
    expect(planOrder(r)).toEqual([
      'remedy:no-recent-sensitive-change',
      'remedy:devices-unbound',
      ...phoneSteps,
    ])
    expect(remedyDates(r)).toEqual({
      'no-recent-sensitive-change': {
        start: ['2026-09-28', '2026-09-28'],
        done: ['2026-09-28', null],
      },
      'devices-unbound': {
        start: ['2026-09-28', '2026-09-28'],
        done: ['2026-09-28', '2026-09-28'],
      },
    })
    // The article gives no waiting time after a password change, so no latest date exists.
    expect(span(r.timeline.submission)).toEqual(['2026-09-28', null])
    expect(span(r.timeline.revocableUntil)).toEqual(['2026-09-28', null])
    expect(span(r.timeline.completion)).toEqual(['2026-09-28', null])
    expect(r.consequences.map((c) => c.id)).toEqual(['devices-after'])
  })

  it('nothing blocking on the phone: ready, done within the promised 15 working days', () => {
    const r = evaluate(xiaomi, { client: 'android', startDate: '2026-09-28', answers: clear })
    expect(r.verdict).toBe('ready')
    expect(r.blockers).toEqual([])
    expect(r.warnings).toEqual([])
    expect(planOrder(r)).toEqual(phoneSteps)
    expect(span(r.timeline.submission)).toEqual(['2026-09-28', '2026-09-28'])
    // 15 working days skip 1–7 Oct and count Saturday 10 Oct: 23 Oct.
    expect(span(r.timeline.revocableUntil)).toEqual(['2026-09-28', '2026-10-23'])
    expect(span(r.timeline.completion)).toEqual(['2026-09-28', '2026-10-23'])
    // The review length is derived from the commitment, and the other sources only estimate.
    expect(r.timeline.approximate).toBe(true)
    expect(xiaomi.legal.commitment?.duration).toEqual({
      min: 0,
      max: 15,
      unit: 'workdays',
      approximate: false,
    })
  })

  it('no email bound: blocks on the website, not in the phone settings', () => {
    const answers = { ...clear, email_bound: false }
    const web = evaluate(xiaomi, { client: 'web', startDate: '2026-11-24', answers })
    expect(web.verdict).toBe('blocked')
    expect(ids(web.blockers)).toEqual(['email-bound-for-web'])
    expect(planOrder(web)).toEqual(['remedy:email-bound-for-web', ...webSteps])
    expect(span(web.timeline.submission)).toEqual(['2026-11-24', '2026-11-24'])
    expect(span(web.timeline.completion)).toEqual(['2026-11-24', '2026-12-15'])

    const phone = evaluate(xiaomi, { client: 'android', startDate: '2026-11-24', answers })
    expect(phone.verdict).toBe('ready')
    expect(planOrder(phone)).toEqual(phoneSteps)
  })

  it('balance left: blocked until it is used up or moved; nothing says it is forfeited', () => {
    const r = evaluate(xiaomi, {
      client: 'web',
      startDate: '2026-11-24',
      answers: { ...clear, mi_balance: true, third_party_authorized: true },
    })
    expect(r.verdict).toBe('blocked')
    expect(ids(r.blockers)).toEqual(['balance-used'])
    expect(ids(r.warnings)).toEqual(['third-party-revoked'])
    expect(planOrder(r)).toEqual(['remedy:balance-used', 'remedy:third-party-revoked', ...webSteps])
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', '2026-11-24'])
    expect(span(r.timeline.completion)).toEqual(['2026-11-24', '2026-12-15'])
    expect(r.losses.map((l) => l.id)).not.toContain('balance')
    expect(JSON.stringify(xiaomi.requirements.find((q) => q.id === 'balance-used'))).not.toMatch(/作废|forfeit/)
  })

  it('a frozen account needs customer service first, and nothing else can start before it is unfrozen', () => {
    const r = evaluate(xiaomi, {
      client: 'android',
      startDate: '2026-11-24',
      answers: { ...clear, account_frozen: true, open_orders: true },
    })
    expect(r.verdict).toBe('blocked')
    expect(ids(r.blockers)).toEqual(['account-unfrozen', 'orders-closed'])
    expect(r.blockers.map((b) => b.remedy.customerService)).toEqual([true, false])
    expect(planOrder(r)).toEqual(['remedy:account-unfrozen', 'remedy:orders-closed', ...phoneSteps])
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', null])
    expect(span(r.timeline.completion)).toEqual(['2026-11-24', null])
    // Unfreezing has no known length, so the order remedy cannot be dated from day 0.
    expect(remedyDates(r)['orders-closed']!.start).toEqual(['2026-11-24', null])
    for (const q of xiaomi.requirements.filter((q) => q.id !== 'account-unfrozen'))
      expect(q.remedy.after).toContain('account-unfrozen')
  })

  it('nothing answered on the phone: incomplete, without the web-only email question', () => {
    const r = evaluate(xiaomi, { client: 'android', startDate: '2026-11-24', answers: {} })
    expect(r.verdict).toBe('incomplete')
    expect(ids(r.blockers)).toEqual([
      'account-unfrozen',
      'no-recent-sensitive-change',
      'marketing-activity-ended',
      'orders-closed',
      'devices-unbound',
      'balance-used',
    ])
    expect(ids(r.warnings)).toEqual(['third-party-revoked'])
    expect(r.missing.map((m) => m.question)).toEqual([
      'account_frozen',
      'recent_sensitive_change',
      'marketing_activity',
      'open_orders',
      'smart_devices_bound',
      'mi_balance',
      'third_party_authorized',
    ])
    expect(planOrder(r)).toEqual(phoneSteps)
    expect(span(r.timeline.completion)).toEqual(['2026-11-24', '2026-12-15'])
  })

  it('the summary says some accounts cannot be deleted immediately, not at all', () => {
    expect(xiaomi.summary['zh-CN']).toContain('不能立即注销')
    expect(xiaomi.summary['zh-CN']).not.toMatch(/都不能注销/)
  })
})
