import type { CompiledGuide } from '@deregister/core'
import { describe, expect, it } from 'vitest'
import { loadCompiledGuide } from './load-guide'

/** Each guide's first article, and the disagreements recorded within it and across sources. */
const expected: Record<string, { source: string; ids: string[] }> = {
  wechat: {
    source: 'luyoutong-wechat-2025',
    ids: [
      'mandatory-conditions',
      'failure-causes',
      'ios-email-check',
      'release-or-recovery',
      'werun-cause-and-fix',
      'chat-history',
    ],
  },
  xiaohongshu: {
    source: 'mcn7-xiaohongshu',
    ids: ['balance-blocks-or-forfeited', 'review-or-cooling-off'],
  },
  'xiaomi-account': {
    source: 'luyoutong-xiaomi-2025',
    ids: ['password-change', 'bound-devices', 'self-service-entry'],
  },
  netease: {
    source: 'netease-mail-deletion-overview',
    ids: [
      'irreversible-or-revocable',
      'phone-unbinding',
      'assets-block-or-forfeited',
      'real-name',
      'linked-services',
      'idle-account',
    ],
  },
}

const guides = Object.fromEntries(
  await Promise.all(
    Object.keys(expected).map(async (id) => [id, await loadCompiledGuide(id)] as const),
  ),
) as Record<string, CompiledGuide>

const statements = (g: CompiledGuide, id: string, lang: 'zh-CN' | 'en'): string[] =>
  g.disagreements.find((d) => d.id === id)?.claims.map((c) => c.statement[lang]) ?? []

describe('disagreements between and within sources', () => {
  it.each(Object.entries(expected))(
    '%s carries each disagreement with both claims and their source',
    (id, want) => {
      const g = guides[id]!
      expect(g.disagreements.map((d) => d.id)).toEqual(want.ids)
      expect(g.sources.map((s) => s.id)).toContain(want.source)
      for (const d of g.disagreements) {
        expect(d.claims.length).toBeGreaterThanOrEqual(2)
        expect(d.topic['zh-CN'] && d.topic.en).toBeTruthy()
        for (const c of d.claims) {
          expect(g.sources.map((s) => s.id)).toContain(c.source)
          expect(c.statement['zh-CN'].length).toBeGreaterThan(0)
          expect(c.statement.en.length).toBeGreaterThan(0)
        }
        // Two claims that say the same thing are no disagreement.
        expect(new Set(d.claims.map((c) => c.statement['zh-CN'])).size).toBe(d.claims.length)
      }
    },
  )

  it.each(Object.keys(expected))(
    '%s records at least one disagreement across sources, not only within one',
    (id) => {
      const across = guides[id]!.disagreements.filter(
        (d) => new Set(d.claims.map((c) => c.source)).size > 1,
      )
      expect(across.length).toBeGreaterThan(0)
    },
  )

  it.each(Object.keys(expected))('%s leaves no contradiction in free-text source notes', (id) => {
    for (const s of guides[id]!.sources)
      expect(s.note?.['zh-CN'] ?? '').not.toMatch(/前后不一|既说/)
  })

  it('WeChat keeps the failure figures exactly as the article gives them, on opposite sides', () => {
    const [payment, topThree] = statements(guides.wechat!, 'failure-causes', 'zh-CN')
    expect(payment).toContain('68%')
    for (const share of ['43%', '21%', '18%']) expect(topThree).toContain(share)
    expect(statements(guides.wechat!, 'mandatory-conditions', 'zh-CN')[0]).toContain('7 项')
    expect(statements(guides.wechat!, 'ios-email-check', 'zh-CN')).toEqual([
      expect.stringContaining('确认码'),
      expect.stringContaining('链接'),
    ])
  })

  it('NetEase asks for one of SMS, email code, security question or face, which now counts toward difficulty', () => {
    const g = guides.netease!
    const identity = g.verification.filter((v) => v.group === 'identity')
    expect(identity.map((v) => v.method)).toEqual([
      'sms',
      'email-code',
      'security-question',
      'face',
    ])
    // One of them is asked for; face recognition only for some advanced accounts.
    expect(identity.filter((v) => v.required).map((v) => v.method)).toEqual([
      'sms',
      'email-code',
      'security-question',
    ])
    // Counted once, at the easiest alternative (SMS, burden 1): 1/6 of the 2 points.
    expect(g.difficulty.factors.verification).toBeGreaterThan(0)
    expect(g.difficulty.factors.verification).toBe(0.3)
  })
})
