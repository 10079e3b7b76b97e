import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import type { AppOptions } from '../app'
import { DEFAULT_RATE_LIMITS } from '../app'
import type { CompiledGuide } from '@deregister/core'
import type { CatalogData } from '../catalog/view'
import { testCatalog } from '../testing/catalog'
import { expectProblem } from '../testing/problem'
import { useTempStore } from '../../test/reports-support'
import { planCalendar } from '@deregister/core/present'
import type { CheckView } from '@deregister/core/present'
import { CheckViewSchema } from '@deregister/core/schema'

let catalog: CatalogData
beforeAll(async () => {
  catalog = await testCatalog()
})
const make = (options: Partial<AppOptions> = {}): ReturnType<typeof createApp> => createApp({ catalog, ...options })
const post = (body: unknown, headers: Record<string, string> = {}, path = '/v1/platforms/coinbox/eligibility'): RequestInit & { path: string } => ({
  path,
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
})
const send = async (app: ReturnType<typeof createApp>, init: RequestInit & { path: string }): Promise<Response> => app.request(init.path, init)

describe('POST /v1/platforms/{id}/eligibility', () => {
  it('is blocked while a balance is left, with the remedies in dependency order', async () => {
    const res = await send(make(), post({ answers: { balance: 12.5, savings: true, cards: false, plan: 'none' }, startDate: '2026-09-28' }, { 'Accept-Language': 'en' }))
    expect(res.status).toBe(200)
    const result = (await res.json()) as { verdict: string; view: CheckView }
    expect(result.verdict).toBe('blocked')
    // The reader's view from core, in the language asked for.
    expect(result.view.locale).toBe('en')
    expect(result.view.verdict.value).toBe('blocked')
    expect(result.view.plan.map((p) => p.requirement)).toEqual(['redeem-savings', 'withdraw-balance'])
    expect(result.view.plan[0]!.title).toBe('Redeem savings')
    expect(CheckViewSchema.safeParse(result.view).success).toBe(true)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('Content-Language')).toBe('en')
  })

  it('is incomplete, not ready, when a blocking question is unanswered', async () => {
    const res = await send(make(), post({ answers: {}, startDate: '2026-09-28' }))
    expect(((await res.json()) as { verdict: string }).verdict).toBe('incomplete')
  })

  it('starts from today in Asia/Shanghai when no start date is given', async () => {
    // 2026-09-27 20:00 UTC is already 2026-09-28 04:00 in Beijing.
    const app = make({ now: () => Date.UTC(2026, 8, 27, 20) })
    const res = await send(app, post({ answers: { balance: 0, savings: false, cards: false } }))
    expect(((await res.json()) as { timeline: { start: string } }).timeline.start).toBe('2026-09-28')
  })

  it('names every wrong answer with its path and what was expected', async () => {
    const res = await send(make(), post({ answers: { balance: -1, savings: 'yes', plan: 'platinum', nope: true } }))
    const doc = await expectProblem(res, 400)
    expect(doc['invalid-params']).toEqual([
      { in: 'body', path: 'answers.balance', message: 'expected a number ≥ 0' },
      { in: 'body', path: 'answers.savings', message: 'expected true or false' },
      { in: 'body', path: 'answers.plan', message: 'expected one of "none", "gold"' },
      { in: 'body', path: 'answers.nope', message: expect.stringContaining('not a question') },
    ])
  })

  it('rejects unknown body keys, bad clients and impossible dates by field', async () => {
    const doc = await expectProblem(await send(make(), post({ answers: {}, extra: 1, client: 'tv', startDate: '2026-02-30' })), 400)
    const paths = (doc['invalid-params'] as { path: string }[]).map((p) => p.path).sort()
    expect(paths).toEqual(['client', 'extra', 'startDate'])
    const desktop = await expectProblem(await send(make(), post({ client: 'desktop' })), 400)
    expect(desktop['invalid-params']).toEqual([{ in: 'body', path: 'client', message: 'expected one of ios, android' }])
  })

  it('returns the dated milestones as iCalendar for Accept: text/calendar', async () => {
    const body = { answers: { balance: 5, savings: true, cards: true }, client: 'ios', startDate: '2026-09-28' }
    const json = (await (await send(make(), post(body, { 'Accept-Language': 'en' }))).json()) as { view: CheckView }
    const stamp = Date.UTC(2026, 8, 28, 9)
    const res = await send(make({ now: () => stamp }), post(body, { Accept: 'text/calendar', 'Accept-Language': 'en' }))
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8')
    expect(res.headers.get('Vary')).toContain('Accept')
    const ics = await res.text()
    expect(ics).toMatch(/^BEGIN:VCALENDAR/)
    // Core's one iCalendar writer, over the same view the JSON answer carries.
    expect(ics).toBe(planCalendar(json.view, new Date(stamp)))
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThan(0)
  })

  it('carries RateLimit-* headers on a successful answer', async () => {
    const res = await send(make({ clientAddress: () => '192.0.2.40' }), post({ answers: {} }))
    expect(res.status).toBe(200)
    expect(res.headers.get('RateLimit-Limit')).toBe(String(DEFAULT_RATE_LIMITS.checks.limit))
    expect(Number(res.headers.get('RateLimit-Remaining'))).toBe(DEFAULT_RATE_LIMITS.checks.limit - 1)
    expect(Number(res.headers.get('RateLimit-Reset'))).toBeGreaterThan(0)
  })

  it('has its own limit, higher than the limit of writes: one address may run more checks than writes', async () => {
    const app = make({ clientAddress: () => '192.0.2.41' })
    const statuses = new Set<number>()
    for (let i = 0; i <= DEFAULT_RATE_LIMITS.writes.limit; i++) statuses.add((await send(app, post({ answers: {} }))).status)
    expect(statuses).toEqual(new Set([200]))
    expect(DEFAULT_RATE_LIMITS.checks.limit).toBeGreaterThan(DEFAULT_RATE_LIMITS.writes.limit)
  })

  it('names each client once when a guide lists several flows for one client', async () => {
    const guide = catalog.entries.coinbox as CompiledGuide
    const doubled = { ...guide, clients: [...guide.clients, ...guide.clients] }
    const app = createApp({ catalog: { ...catalog, entries: { ...catalog.entries, coinbox: doubled } } })
    const doc = await expectProblem(await send(app, post({ client: 'web' })), 400)
    expect(doc['invalid-params']).toEqual([{ in: 'body', path: 'client', message: 'expected one of ios, android' }])
    const entry = await expectProblem(await app.request('/v1/platforms/coinbox?client=web'), 400)
    expect(entry['invalid-params']).toEqual([{ in: 'query', path: 'client', message: 'expected one of ios, android' }])
  })

  it('answers 404 with suggestions for unknown ids and for link-level entries', async () => {
    expect((await expectProblem(await send(make(), post({}, {}, '/v1/platforms/coinbo/eligibility')), 404)).suggestions).toEqual(['coinbox'])
    await expectProblem(await send(make(), post({}, {}, '/v1/platforms/example-mail/eligibility')), 404)
  })
})

describe('writes under bad input', () => {
  // Reader reports on a real SQLite store: a request that reached the handler would be stored.
  const temp = useTempStore()
  const probeApp = (): ReturnType<typeof createApp> => make({ reports: { store: temp.store } })
  const reachedCount = async (): Promise<number> => (await temp.store.list()).total

  it('answers 415 to a body that is not JSON', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const res = await send(probeApp(), post('{}', { 'Content-Type': type }, '/v1/platforms/coinbox/reports'))
      await expectProblem(res, 415)
    }
    expect(await reachedCount()).toBe(0)
  })

  it('answers 413 from Content-Length before reading, and from a chunked stream, and never runs the handler', async () => {
    const big = JSON.stringify({ answers: { balance: 1 }, pad: 'x'.repeat(17 * 1024) })
    await expectProblem(await send(probeApp(), post(big, {}, '/v1/platforms/coinbox/reports')), 413)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode(' '.repeat(1024)))
        controller.close()
      },
    })
    const chunked = await probeApp().request('/v1/platforms/coinbox/reports', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit)
    await expectProblem(chunked, 413)
    expect(await reachedCount()).toBe(0)
  })

  it('answers 400 to invalid JSON, deep nesting, __proto__, NUL and huge strings', async () => {
    const bodies = [
      '{"answers":',
      `{"answers":${'['.repeat(50)}${']'.repeat(50)}}`,
      '{"answers":{"__proto__":{"polluted":true}}}',
      '{"constructor":{"prototype":{}}}',
      '{"answers":{"plan":"go\\u0000ld"}}',
      JSON.stringify({ answers: { plan: 'g'.repeat(5000) } }),
      '{"answers":{"balance":1e400}}',
      '\uFEFF{}x',
    ]
    for (const body of bodies) await expectProblem(await send(probeApp(), post(body, {}, '/v1/platforms/coinbox/reports')), 400)
    expect(await reachedCount()).toBe(0)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('limits eligibility checks per client address with Retry-After', async () => {
    const app = make({ rateLimits: { checks: { limit: 2, windowMs: 60_000 } }, clientAddress: (c) => c.req.header('x-test-address') })
    const from = (address: string): RequestInit & { path: string } => post({ answers: {} }, { 'x-test-address': address })
    expect((await send(app, from('10.0.0.1'))).status).toBe(200)
    expect((await send(app, from('10.0.0.1'))).status).toBe(200)
    const limited = await send(app, from('10.0.0.1'))
    await expectProblem(limited, 429)
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await send(app, from('10.0.0.2'))).status).toBe(200)
    // Reads are never limited.
    expect((await app.request('/v1/platforms/coinbox', { headers: { 'x-test-address': '10.0.0.1' } })).status).toBe(200)
  })
})
