/**
 * The typed client TypeScript users get from `hono/client`: request and response types flow
 * from the route schemas, so this file also fails to compile when they drift.
 */
import { hc } from 'hono/client'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AppType } from './app'
import { createApp } from './app'
import { testCatalog } from './testing/catalog'

let client: ReturnType<typeof hc<AppType>>
beforeAll(async () => {
  const app = createApp({ catalog: await testCatalog() })
  // Any fetch works; here the app itself answers, without a network.
  client = hc<AppType>('http://api.test', { fetch: (input: Parameters<typeof fetch>[0], init?: RequestInit) => app.request(input, init) })
})

describe('hc<AppType>', () => {
  it('searches platforms with typed query parameters and results', async () => {
    const res = await client.v1.platforms.$get({ query: { q: 'coinbox', lang: 'en' } })
    expect(res.status).toBe(200)
    if (res.status === 200) {
      const body = await res.json()
      expect(body.items[0]?.name).toBe('Coinbox')
    }
  })

  it('runs an eligibility check with a typed body', async () => {
    const res = await client.v1.platforms[':id'].eligibility.$post({
      param: { id: 'coinbox' },
      query: { lang: 'en' },
      json: { answers: { balance: 0, savings: false, cards: false }, client: 'ios', startDate: '2026-09-28' },
    })
    expect(res.status).toBe(200)
    if (res.status === 200) {
      // 200 is JSON, or iCalendar text when asked with Accept: text/calendar.
      const result = (await res.json()) as Extract<Awaited<ReturnType<typeof res.json>>, { verdict: unknown }>
      expect(result.verdict).toBe('ready')
      expect(result.timeline.submission.earliest).toBe('2026-09-28')
    }
  })
})
