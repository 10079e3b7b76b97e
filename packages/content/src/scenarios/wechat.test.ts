import { evaluate } from '@deregister/core'
import { describe, expect, it } from 'vitest'
import { ids, loadGuide, planOrder, remedyDates, span } from './load-guide'

const wechat = await loadGuide('wechat')

/** Someone who has already cleared everything the guide asks about. */
const clear = {
  recent_sensitive_change: false,
  wechat_pay_open: false,
  cards_left: false,
  wallet_balance: 0,
  lingqiantong_unmatured: false,
  bank_cards_bound: false,
  auto_debit_active: false,
  authorizations_active: false,
  werun_enabled: false,
  channels_pending_review: false,
  real_name_verified: true,
  legal_hold: false,
  has_email: true,
  web_wechat_logged_in: false,
  other_devices_logged_in: false,
  manages_special_accounts: false,
  is_group_owner: false,
  third_party_logins: false,
}

const iosSteps = [
  'step:open-entry',
  'step:read-warnings',
  'step:verify-identity',
  'step:ios-email-confirm',
  'step:keep-logged-out',
]
const androidSteps = [
  'step:open-entry',
  'step:read-warnings',
  'step:verify-identity',
  'step:android-sms-confirm',
  'step:keep-logged-out',
]

describe('WeChat scenarios', () => {
  it('iOS, money in 零钱 and 零钱通, cards bound, web WeChat online, starting before National Day', () => {
    const r = evaluate(wechat, {
      client: 'ios',
      startDate: '2026-09-28',
      answers: {
        ...clear,
        wallet_balance: 86.5,
        lingqiantong_unmatured: true,
        bank_cards_bound: true,
        web_wechat_logged_in: true,
      },
    })
    expect(r.verdict).toBe('blocked')
    expect(ids(r.blockers)).toEqual([
      'lingqiantong-redeemed',
      'wallet-empty',
      'bank-cards-unbound',
      'web-wechat-logged-out',
    ])
    expect(r.blockers.every((b) => b.status === 'fails')).toBe(true)
    // 超过68% belongs to WeChat Pay not settled, kept as 'more than'; bank cards carry no share.
    expect(r.blockers.map((b) => b.failureShare)).toEqual([0.43, undefined, undefined, undefined])
    const pay = wechat.requirements.find((q) => q.id === 'wechat-pay-settled')!.failureShare!
    expect(pay).toMatchObject({ share: 0.68, bound: 'more-than' })
    expect(pay.of?.['zh-CN']).toContain('未解绑支付功能')
    expect(r.warnings).toEqual([])
    expect(r.missing).toEqual([])
    // Redeem before withdrawing before unbinding; then the iOS flow with its email link.
    expect(planOrder(r)).toEqual([
      'remedy:lingqiantong-redeemed',
      'remedy:wallet-empty',
      'remedy:bank-cards-unbound',
      'remedy:web-wechat-logged-out',
      ...iosSteps,
    ])
    // 3 working days from Monday 28 Sep: 29 and 30 Sep, then 1–7 Oct are the holiday, so 8 Oct.
    expect(remedyDates(r)).toEqual({
      'lingqiantong-redeemed': {
        start: ['2026-09-28', '2026-09-28'],
        done: ['2026-10-08', '2026-10-08'],
      },
      'wallet-empty': { start: ['2026-10-08', '2026-10-08'], done: ['2026-10-08', '2026-10-09'] },
      'bank-cards-unbound': {
        start: ['2026-10-08', '2026-10-09'],
        done: ['2026-10-08', '2026-10-09'],
      },
      'web-wechat-logged-out': {
        start: ['2026-09-28', '2026-09-28'],
        done: ['2026-09-28', '2026-09-28'],
      },
    })
    expect(span(r.timeline.submission)).toEqual(['2026-10-08', '2026-10-09'])
    // Disputed window: revoke by the shorter claim (14 days), complete by the longer (15 days).
    expect(span(r.timeline.revocableUntil)).toEqual(['2026-10-22', '2026-10-23'])
    // The longest cancellation window any source gives (60 days) dates completion.
    expect(span(r.timeline.completion)).toEqual(['2026-12-07', '2026-12-08'])
    expect(r.timeline.approximate).toBe(true)
    expect(r.losses.map((l) => l.id)).toEqual(['account', 'friends', 'moments', 'contacts-groups-favourites'])
  })

  it('Android, nothing left to clear: ready, with the disputed 14/15-day window', () => {
    const r = evaluate(wechat, { client: 'android', startDate: '2026-11-24', answers: clear })
    expect(r.verdict).toBe('ready')
    expect(r.blockers).toEqual([])
    expect(r.warnings).toEqual([])
    expect(planOrder(r)).toEqual(androidSteps)
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', '2026-11-24'])
    expect(span(r.timeline.revocableUntil)).toEqual(['2026-12-08', '2026-12-08'])
    expect(span(r.timeline.completion)).toEqual(['2027-01-23', '2027-01-23'])
    expect(r.timeline.approximate).toBe(true)
    const window = wechat.waitingPeriods[0]!
    expect(window).toMatchObject({ kind: 'cooling-off', revocable: true })
    expect(
      'disputed' in window.duration && window.duration.disputed.map((c) => c.value.min),
    ).toEqual([15, 14, 15, 60])
  })

  it('no email address: blocks on iOS only', () => {
    const answers = { ...clear, has_email: false }
    const ios = evaluate(wechat, { client: 'ios', startDate: '2026-11-24', answers })
    expect(ios.verdict).toBe('blocked')
    expect(ids(ios.blockers)).toEqual(['email-available'])
    expect(planOrder(ios)).toEqual(['remedy:email-available', ...iosSteps])
    expect(span(ios.timeline.submission)).toEqual(['2026-11-24', '2026-11-24'])
    expect(span(ios.timeline.completion)).toEqual(['2027-01-23', '2027-01-23'])

    const android = evaluate(wechat, { client: 'android', startDate: '2026-11-24', answers })
    expect(android.verdict).toBe('ready')
    expect(planOrder(android)).toEqual(androidSteps)
  })

  it('starting in the holiday: redemption counts the make-up Saturday 10 Oct', () => {
    const r = evaluate(wechat, {
      client: 'android',
      startDate: '2026-10-06',
      answers: { ...clear, lingqiantong_unmatured: true },
    })
    expect(r.verdict).toBe('blocked')
    expect(ids(r.blockers)).toEqual(['lingqiantong-redeemed'])
    expect(planOrder(r)).toEqual(['remedy:lingqiantong-redeemed', ...androidSteps])
    // 8 Oct (Thu), 9 Oct (Fri), 10 Oct (Sat, a working day in lieu).
    expect(remedyDates(r)['lingqiantong-redeemed']!.done).toEqual(['2026-10-10', '2026-10-10'])
    expect(span(r.timeline.submission)).toEqual(['2026-10-10', '2026-10-10'])
    expect(span(r.timeline.revocableUntil)).toEqual(['2026-10-24', '2026-10-24'])
    expect(span(r.timeline.completion)).toEqual(['2026-12-09', '2026-12-09'])
  })

  it('nothing answered: incomplete, listing every question that could block', () => {
    const r = evaluate(wechat, { client: 'ios', startDate: '2026-11-24', answers: {} })
    expect(r.verdict).toBe('incomplete')
    expect(r.blockers.every((b) => b.status === 'unknown')).toBe(true)
    expect(ids(r.blockers)).toEqual([
      'account-secure',
      'lingqiantong-redeemed',
      'wallet-empty',
      'bank-cards-unbound',
      'auto-debit-stopped',
      'authorizations-revoked',
      'werun-sync-off',
      'channels-review-cleared',
      'real-name-verified',
      'no-legal-hold',
      'special-accounts-handled',
      'third-party-logins-switched',
      'email-available',
      'web-wechat-logged-out',
      'other-devices-logged-out',
      'wechat-pay-settled',
      'cards-cleared',
    ])
    expect(r.missing.map((m) => m.question)).toEqual(wechat.questions.map((q) => q.id))
    expect(planOrder(r)).toEqual(iosSteps)
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', '2026-11-24'])
    // On Android the iOS-only email question is not asked.
    const android = evaluate(wechat, { client: 'android', startDate: '2026-11-24', answers: {} })
    expect(android.missing.map((m) => m.question)).not.toContain('has_email')
    expect(android.missing).toHaveLength(wechat.questions.length - 1)
  })

  it('WeRun syncing, Channels content in review and open authorisations: the 21% and 18% causes', () => {
    const r = evaluate(wechat, {
      client: 'android',
      startDate: '2026-11-24',
      answers: {
        ...clear,
        authorizations_active: true,
        werun_enabled: true,
        channels_pending_review: true,
      },
    })
    expect(r.verdict).toBe('blocked')
    expect(ids(r.blockers)).toEqual([
      'authorizations-revoked',
      'werun-sync-off',
      'channels-review-cleared',
    ])
    expect(r.blockers.map((b) => b.failureShare)).toEqual([undefined, 0.21, 0.18])
    expect(planOrder(r)).toEqual([
      'remedy:authorizations-revoked',
      'remedy:werun-sync-off',
      'remedy:channels-review-cleared',
      ...androidSteps,
    ])
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', '2026-11-24'])
    expect(span(r.timeline.completion)).toEqual(['2027-01-23', '2027-01-23'])
    const shares = Object.fromEntries(
      wechat.troubleshooting.filter((t) => t.share).map((t) => [t.requirement, t.share]),
    )
    expect(shares).toEqual({
      'lingqiantong-redeemed': 0.43,
      'werun-sync-off': 0.21,
      'channels-review-cleared': 0.18,
    })
  })

  it('admin of an Official Account, signing in elsewhere with WeChat: blocked, as the deletion screen says', () => {
    const r = evaluate(wechat, {
      client: 'ios',
      startDate: '2026-11-24',
      answers: {
        ...clear,
        is_group_owner: true,
        third_party_logins: true,
        manages_special_accounts: true,
      },
    })
    expect(r.verdict).toBe('blocked')
    expect(ids(r.blockers)).toEqual(['special-accounts-handled', 'third-party-logins-switched'])
    expect(ids(r.warnings)).toEqual(['group-ownership-transferred'])
    expect(planOrder(r)).toEqual([
      'remedy:special-accounts-handled',
      'remedy:group-ownership-transferred',
      'remedy:third-party-logins-switched',
      ...iosSteps,
    ])
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', '2026-11-24'])
    expect(r.consequences.map((c) => c.id)).toEqual([
      'group-member',
      'group-owner',
      'third-party-login',
    ])
    expect(r.losses.find((l) => l.id === 'third-party-data')?.certainty).toBe('certain')
  })

  it('a legal hold blocks with no date in sight', () => {
    const r = evaluate(wechat, {
      client: 'android',
      startDate: '2026-11-24',
      answers: { ...clear, legal_hold: true },
    })
    expect(r.verdict).toBe('blocked')
    expect(ids(r.blockers)).toEqual(['no-legal-hold'])
    expect(planOrder(r)).toEqual(['remedy:no-legal-hold', ...androidSteps])
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', null])
    expect(span(r.timeline.revocableUntil)).toEqual(['2026-12-08', null])
    expect(span(r.timeline.completion)).toEqual(['2027-01-23', null])
  })

  it('records the fact-check corrections: four named conditions, WeRun incoherence, chats not a certain loss', () => {
    const d = Object.fromEntries(wechat.disagreements.map((x) => [x.id, x]))
    expect(d['mandatory-conditions']!.claims.map((c) => c.statement['zh-CN']).join()).not.toMatch(/只点名 3 项/)
    expect(d['mandatory-conditions']!.claims.map((c) => c.source)).toContain('peoples-daily-2017')
    expect(d['werun-cause-and-fix']!.claims).toHaveLength(2)
    expect(wechat.losses.map((l) => l.id)).not.toContain('chats')
    expect(d['chat-history']!.claims.length).toBeGreaterThanOrEqual(3)
    expect(wechat.summary['zh-CN']).not.toMatch(/只能在手机/)
    const iosEmail = wechat.steps.find((s) => s.id === 'ios-email-confirm')!
    expect(iosEmail.verification).toEqual(['email-code', 'email-link'])
    expect(wechat.specialAccounts.every((a) => a.when !== undefined)).toBe(true)
  })
})
