/**
 * The typed client TypeScript users get from `hono/client`: every endpoint is in `AppType`, and
 * request and response types flow from the route schemas, so this file also fails to compile
 * when they drift. Each endpoint is called once through the client.
 */
import { hc } from 'hono/client'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTempStore } from '../test/reports-support'
import type { AppType } from './app'
import { createApp } from './app'
import { testCatalog } from './testing/catalog'

const TOKEN = 'typed-client-maintainer-token-0123456789'
const temp = useTempStore()
let client: ReturnType<typeof hc<AppType>>
beforeAll(async () => {
  const app = createApp({ catalog: await testCatalog(), reports: { store: temp.store, maintainerToken: TOKEN }, referenceScript: () => '/* ui */' })
  // Any fetch works; here the app itself answers, without a network.
  client = hc<AppType>('http://api.test', { fetch: (input: Parameters<typeof fetch>[0], init?: RequestInit) => app.request(input, init) })
})

const maintainer = { headers: { Authorization: `Bearer ${TOKEN}` } }

describe('hc<AppType>', () => {
  it('searches platforms with typed query parameters and results', async () => {
    const res = await client.v1.platforms.$get({ query: { q: 'coinbox', lang: 'en' } })
    expect(res.status).toBe(200)
    if (res.status === 200) expect((await res.json()).items[0]?.name).toBe('Coinbox')
  })

  it('reads one platform and its questions', async () => {
    const entry = await client.v1.platforms[':id'].$get({ param: { id: 'coinbox' }, query: { lang: 'en', client: 'ios' } })
    expect(entry.status).toBe(200)
    if (entry.status === 200) expect((await entry.json()).id).toBe('coinbox')
    const questions = await client.v1.platforms[':id'].questions.$get({ param: { id: 'coinbox' }, query: {} })
    expect(questions.status).toBe(200)
    if (questions.status === 200) expect((await questions.json()).questions.length).toBeGreaterThan(0)
  })

  it('runs an eligibility check with a typed body and gets the reader view', async () => {
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
      expect(result.view.verdict.value).toBe('ready')
    }
  })

  it('submits a reader report, and a maintainer lists, reads and resolves it', async () => {
    const id = crypto.randomUUID()
    const sent = await client.v1.platforms[':id'].reports.$post({ param: { id: 'coinbox' }, json: { id, target: 'general', kind: 'outdated' } })
    expect(sent.status).toBe(201)
    const list = await client.v1.reports.$get({ query: { status: 'open' } }, maintainer)
    expect(list.status).toBe(200)
    if (list.status === 200) expect((await list.json()).reports.map((r) => r.id)).toContain(id)
    const one = await client.v1.reports[':id'].$get({ param: { id } }, maintainer)
    expect(one.status).toBe(200)
    const resolved = await client.v1.reports[':id'].$patch({ param: { id }, json: { status: 'resolved' } }, maintainer)
    expect(resolved.status).toBe(200)
    if (resolved.status === 200) expect((await resolved.json()).status).toBe('resolved')
  })

  it('reaches the health check, the OpenAPI document and the reference', async () => {
    const health = await client.healthz.$get()
    expect(health.status).toBe(200)
    if (health.status === 200) expect((await health.json()).status).toBe('ok')
    expect((await client['openapi.json'].$get()).status).toBe(200)
    expect((await client.reference.$get()).status).toBe(200)
    expect((await client.reference['standalone.js'].$get()).status).toBe(200)
  })
})
