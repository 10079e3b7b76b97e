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
    expect(span(r.timeline.completion)).toEqual(['2026-09-29', null])
    expect(r.losses.map((l) => `${l.id}:${l.certainty}`)).toEqual([
      ...always.map((id) => `${id}:certain`),
      'games:certain',
      'cloud-music:certain',
    ])
  })

  it('nothing blocking: ready; revoke only before confirming, completion after "a few days"', () => {
    const r = evaluate(netease, { client: 'web', startDate: '2026-11-24', answers: clear })
    expect(r.verdict).toBe('ready')
    expect(r.blockers).toEqual([])
    expect(r.warnings).toEqual([])
    expect(planOrder(r)).toEqual(steps)
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', '2026-11-24'])
    // "Immediately" versus "a few days of cooling-off": the shortest window, the longest wait.
    expect(span(r.timeline.revocableUntil)).toEqual(['2026-11-24', '2026-11-24'])
    expect(span(r.timeline.completion)).toEqual(['2026-11-25', null])
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
    expect(span(r.timeline.completion)).toEqual(['2026-11-25', null])
    expect(r.consequences.map((c) => c.id)).toEqual(['whole-ecosystem', 'third-party-sites'])
  })

  it('cards bound with an empty NetEase Pay balance: only the cards block, same day', () => {
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
    expect(ids(r.blockers)).toEqual(['netease-pay-cards-unbound'])
    expect(ids(r.notes)).toEqual(['real-name-checked'])
    expect(planOrder(r)).toEqual(['remedy:netease-pay-cards-unbound', ...steps])
    expect(span(r.timeline.submission)).toEqual(['2026-10-01', '2026-10-01'])
    expect(span(r.timeline.completion)).toEqual(['2026-10-02', null])
    expect(r.losses.find((l) => l.id === 'shop')?.certainty).toBe('certain')
  })

  it('nothing answered: incomplete; the informational real-name check is not demanded', () => {
    const r = evaluate(netease, { client: 'web', startDate: '2026-11-24', answers: {} })
    expect(r.verdict).toBe('incomplete')
    expect(ids(r.blockers)).toEqual([
      'account-normal',
      'netease-pay-empty',
      'netease-pay-cards-unbound',
      'virtual-assets-cleared',
      'games-unlinked',
      'linked-services-unbound',
      'orders-closed',
    ])
    expect(r.missing.map((m) => m.question)).toEqual([
      'account_abnormal',
      'netease_pay_balance',
      'netease_pay_cards_bound',
      'virtual_assets',
      'netease_games_linked',
      'linked_apps',
      'open_orders',
      'phone_bound',
      'email_used_elsewhere',
    ])
    expect(planOrder(r)).toEqual(steps)
    expect(r.losses.filter((l) => l.certainty === 'possible').map((l) => l.id)).toEqual([
      'games',
      'cloud-music',
      'shop',
    ])
  })
})
