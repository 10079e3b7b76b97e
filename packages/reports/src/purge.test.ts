import { describe, expect, it } from 'vitest'
import { useTempStore } from './test-support'
import { MIN_TOKEN_LENGTH, reportsConfig } from './config'
import { DEFAULT_RETENTION_DAYS, purgeExpired, purgeThrottle, schedulePurge } from './purge'

const DAY = 86_400_000
const NOW = new Date('2026-07-01T00:00:00Z')

describe('retention purge', () => {
  const temp = useTempStore('each')
  const closed = async (id: string, daysAgo: number, status: 'resolved' | 'dismissed' = 'resolved'): Promise<void> => {
    await temp.store.insert({ id, platform: 'p', target: 'general', kind: 'other', contentHash: 'h', createdAt: '2025-01-01T00:00:00Z' })
    await temp.store.setStatus(id, status, new Date(NOW.getTime() - daysAgo * DAY))
  }

  it('purges resolved and dismissed reports older than the retention period, keeps the rest', async () => {
    await closed('resolved-old', 181)
    await closed('dismissed-old', 200, 'dismissed')
    await closed('resolved-recent', 179)
    await temp.store.insert({ id: 'open-old', platform: 'p', target: 'general', kind: 'other', contentHash: 'h', createdAt: '2020-01-01T00:00:00Z' })
    expect(await purgeExpired(temp.store, DEFAULT_RETENTION_DAYS, NOW)).toBe(2)
    expect((await temp.store.list()).reports.map((r) => r.id).sort()).toEqual(['open-old', 'resolved-recent'])
  })

  it('honours a shorter configured retention', async () => {
    await closed('a', 8)
    await closed('b', 6)
    expect(await purgeExpired(temp.store, 7, NOW)).toBe(1)
  })

  it('purges at once when scheduled on Node', async () => {
    await closed('yesterday-year-ago', 400)
    const stop = schedulePurge(temp.store, { retentionDays: 180 })
    await new Promise((resolve) => setTimeout(resolve, 20))
    stop()
    expect((await temp.store.list()).total).toBe(0)
  })

  it('purges on the first request of an isolate, then not again within the interval', async () => {
    const gate = purgeThrottle(3_600_000)
    const pending: Promise<unknown>[] = []
    await closed('x', 400)
    gate(temp.store, 180, (p) => pending.push(p))
    await Promise.all(pending)
    await closed('y', 400)
    gate(temp.store, 180, (p) => pending.push(p))
    expect(pending).toHaveLength(1)
    expect((await temp.store.list()).reports.map((r) => r.id)).toEqual(['y'])
  })
})

describe('reports configuration', () => {
  it('defaults to 180 days and maintainer endpoints off', () => {
    expect(reportsConfig({})).toEqual({ retentionDays: 180 })
    expect(reportsConfig({ DEREGISTER_MAINTAINER_TOKEN: '  ' })).toEqual({ retentionDays: 180 })
  })

  it('reads the token and the retention period', () => {
    const token = 'x'.repeat(MIN_TOKEN_LENGTH)
    expect(reportsConfig({ DEREGISTER_MAINTAINER_TOKEN: ` ${token} `, DEREGISTER_REPORT_RETENTION_DAYS: '30' })).toEqual({
      maintainerToken: token,
      retentionDays: 30,
    })
  })

  it('refuses a maintainer token shorter than 32 characters', () => {
    expect(() => reportsConfig({ DEREGISTER_MAINTAINER_TOKEN: 't0k' })).toThrow(/at least 32 characters \(it has 3\)/)
    expect(() => reportsConfig({ DEREGISTER_MAINTAINER_TOKEN: 'x'.repeat(31) })).toThrow(/at least 32/)
  })

  it('refuses a retention period that is not a whole number of days', () => {
    for (const days of ['0', '-1', '1.5', 'forever']) {
      expect(() => reportsConfig({ DEREGISTER_REPORT_RETENTION_DAYS: days })).toThrow(/whole number/)
    }
  })
})
