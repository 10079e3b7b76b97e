import { evaluate } from '@deregister/core'
import { describe, expect, it } from 'vitest'
import { ids, loadGuide, planOrder, remedyDates, span } from './load-guide'

const netease = await loadGuide('netease')

const clear = {
  account_abnormal: false,
  netease_pay_balance: 0,
  netease_pay_cards_bound: false,
  virtual_assets: false,
  netease_games_linked: false,
  cloud_music_used: false,
  shop_used: false,
  linked_apps: false,
  open_orders: false,
  phone_bound: false,
  email_used_elsewhere: false,
  real_name_verified: false,
  recent_security_change: false,
  can_receive_sms: true,
  can_receive_backup_email: true,
  knows_security_answers: true,
}
const steps = [
  'step:sign-in',
  'step:find-entry',
  'step:read-notice',
  'step:meet-preconditions',
  'step:verify-identity',
  'step:confirm',
]
const always = ['passport', 'mail', 'contacts', 'cloud-files', 'logs', 'assets', 'bindings']

describe('NetEase Mail / Passport scenarios', () => {
  it('games linked and money in NetEase Pay: withdraw before unbinding cards; the games are lost', () => {
    const r = evaluate(netease, {
      client: 'web',
      startDate: '2026-09-28',
      answers: {
        ...clear,
        netease_pay_balance: 128,
        netease_pay_cards_bound: true,
        netease_games_linked: true,
        cloud_music_used: true,
      },
    })
    expect(r.verdict).toBe('blocked')
    expect(ids(r.blockers)).toEqual([
      'netease-pay-empty',
      'netease-pay-cards-unbound',
      'games-unlinked',
    ])
    expect(planOrder(r)).toEqual([
      'remedy:netease-pay-empty',
      'remedy:netease-pay-cards-unbound',
      'remedy:games-unlinked',
      ...steps,
    ])
    // No withdrawal time is given, so unbinding can start on the day but may end later.
    expect(remedyDates(r)).toEqual({
      'netease-pay-empty': { start: ['2026-09-28', '2026-09-28'], done: ['2026-09-28', null] },
      'netease-pay-cards-unbound': { start: ['2026-09-28', null], done: ['2026-09-28', null] },
      'games-unlinked': { start: ['2026-09-28', '2026-09-28'], done: ['2026-09-28', '2026-09-28'] },
    })
    expect(span(r.timeline.submission)).toEqual(['2026-09-28', null])
    expect(span(r.timeline.completion)).toEqual(['2026-09-28', null])
    expect(r.losses.map((l) => `${l.id}:${l.certainty}`)).toEqual([
      ...always.map((id) => `${id}:certain`),
      'games:certain',
      'cloud-music:certain',
    ])
  })

  it('nothing blocking: ready; no withdrawal date is promised, completion has no upper bound', () => {
    const r = evaluate(netease, { client: 'web', startDate: '2026-11-24', answers: clear })
    expect(r.verdict).toBe('ready')
    expect(r.blockers).toEqual([])
    expect(r.warnings).toEqual([])
    expect(planOrder(r)).toEqual(steps)
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', '2026-11-24'])
    // Whether it can be withdrawn at all is unknown: no deadline is dated for it. "Immediately",
    // "24 hours" and "a cooling-off of unstated length": the longest wait has no upper bound.
    expect(netease.waitingPeriods[0]!.revocable).toBe('unknown')
    expect(span(r.timeline.revocableUntil)).toBeNull()
    expect(span(r.timeline.completion)).toEqual(['2026-11-24', null])
    expect(r.timeline.approximate).toBe(true)
    expect(r.losses.map((l) => l.id)).toEqual(always)
  })

  it('a stolen or banned account goes through customer service', () => {
    const r = evaluate(netease, {
      client: 'web',
      startDate: '2026-11-24',
      answers: { ...clear, account_abnormal: true },
    })
    expect(r.verdict).toBe('blocked')
    expect(ids(r.blockers)).toEqual(['account-normal'])
    expect(r.blockers[0]!.remedy.customerService).toBe(true)
    expect(planOrder(r)).toEqual(['remedy:account-normal', ...steps])
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', null])
  })

  it('phone still bound and the address used elsewhere: ready, with warnings', () => {
    const r = evaluate(netease, {
      client: 'web',
      startDate: '2026-11-24',
      answers: { ...clear, phone_bound: true, email_used_elsewhere: true },
    })
    expect(r.verdict).toBe('ready')
    expect(ids(r.warnings)).toEqual(['phone-unbound', 'email-replaced-elsewhere'])
    expect(planOrder(r)).toEqual([
      'remedy:phone-unbound',
      'remedy:email-replaced-elsewhere',
      ...steps,
    ])
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', '2026-11-24'])
    expect(span(r.timeline.completion)).toEqual(['2026-11-24', null])
    expect(r.consequences.map((c) => c.id)).toEqual(['whole-ecosystem', 'third-party-sites'])
  })

  it('cards bound and a real-name verification still attached: both block', () => {
    const r = evaluate(netease, {
      client: 'web',
      startDate: '2026-10-01',
      answers: {
        ...clear,
        netease_pay_cards_bound: true,
        shop_used: true,
        real_name_verified: true,
      },
    })
    expect(r.verdict).toBe('blocked')
    // The article lists real-name verification among the causes of failure, beside game characters.
    expect(ids(r.blockers)).toEqual(['netease-pay-cards-unbound', 'real-name-removed'])
    expect(r.notes).toEqual([])
    expect(planOrder(r)).toEqual(['remedy:netease-pay-cards-unbound', 'remedy:real-name-removed', ...steps])
    expect(span(r.timeline.submission)).toEqual(['2026-10-01', null])
    expect(span(r.timeline.completion)).toEqual(['2026-10-01', null])
    expect(r.losses.find((l) => l.id === 'shop')?.certainty).toBe('certain')
  })

  it('nothing answered: incomplete, asking about real-name verification, recent changes and every way to verify', () => {
    const r = evaluate(netease, { client: 'web', startDate: '2026-11-24', answers: {} })
    expect(r.verdict).toBe('incomplete')
    expect(ids(r.blockers)).toEqual([
      'account-normal',
      'no-recent-security-change',
      'netease-pay-empty',
      'netease-pay-cards-unbound',
      'virtual-assets-cleared',
      'games-unlinked',
      'linked-services-unbound',
      'orders-closed',
      'real-name-removed',
      'can-verify-identity',
    ])
    expect(r.missing.map((m) => m.question)).toEqual([
      'account_abnormal',
      'recent_security_change',
      'netease_pay_balance',
      'netease_pay_cards_bound',
      'virtual_assets',
      'netease_games_linked',
      'linked_apps',
      'open_orders',
      'phone_bound',
      'email_used_elsewhere',
      'real_name_verified',
      'can_receive_sms',
      'can_receive_backup_email',
      'knows_security_answers',
    ])
    expect(planOrder(r)).toEqual(steps)
    expect(r.losses.filter((l) => l.certainty === 'possible').map((l) => l.id)).toEqual([
      'games',
      'cloud-music',
      'shop',
    ])
  })

  it('no SMS, no backup email and no security answers: blocked until one way to verify works', () => {
    const none = { ...clear, can_receive_sms: false, can_receive_backup_email: false, knows_security_answers: false }
    const r = evaluate(netease, { client: 'web', startDate: '2026-11-24', answers: none })
    expect(r.verdict).toBe('blocked')
    expect(ids(r.blockers)).toEqual(['can-verify-identity'])
    expect(r.blockers[0]!.remedy.customerService).toBe(true)
    // Any one method left is enough: the group is "one of".
    const smsOnly = evaluate(netease, { client: 'web', startDate: '2026-11-24', answers: { ...none, can_receive_sms: true } })
    expect(smsOnly.verdict).toBe('ready')
  })

  it('verification is one of SMS, backup email or security questions; face only for some accounts', () => {
    const byMethod = Object.fromEntries(netease.verification.map((v) => [v.method, v]))
    expect(netease.verification.every((v) => v.group === 'identity')).toBe(true)
    expect(byMethod.face!.required).toBe(false)
    expect(byMethod.sms!.unavailableWhen).toEqual({ answer: 'can_receive_sms', eq: false })
    expect(byMethod['email-code']!.unavailableWhen).toEqual({ answer: 'can_receive_backup_email', eq: false })
    expect(byMethod['security-question']!.unavailableWhen).toEqual({ answer: 'knows_security_answers', eq: false })
  })

  it('a password or security change in the last 15 days blocks for up to 15 days', () => {
    const r = evaluate(netease, { client: 'web', startDate: '2026-11-24', answers: { ...clear, recent_security_change: true } })
    expect(ids(r.blockers)).toEqual(['no-recent-security-change'])
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', '2026-12-09'])
  })

  it('the cooling-off is not taken from the sentence about platforms in general', () => {
    const claims = netease.waitingPeriods[0]!.duration
    expect('disputed' in claims && claims.disputed.map((c) => c.statement['zh-CN'])).not.toContainEqual(expect.stringContaining('几天'))
  })
})
