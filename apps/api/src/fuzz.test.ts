/**
 * Property tests of every endpoint through app.request(): valid, mutated and random inputs
 * (paths, queries, headers, bodies, content types). Never a 5xx; every 4xx is a problem document.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from './app'
import type { CatalogData } from './catalog/view'
import { testCatalog } from './testing/catalog'

const RUNS = 10_000
let app: ReturnType<typeof createApp>
let catalog: CatalogData
beforeAll(async () => {
  catalog = await testCatalog()
  app = createApp({ catalog, rateLimits: { writes: { limit: 1e9, windowMs: 60_000 }, checks: { limit: 1e9, windowMs: 60_000 } }, now: () => Date.UTC(2026, 8, 28) })
})

/** Checks one response: no server error, and a well-formed problem document for any 4xx. */
async function wellFormed(res: Response): Promise<void> {
  expect(res.status).toBeLessThan(500)
  const text = await res.text()
  if (res.status < 400) return
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  const doc = JSON.parse(text) as Record<string, unknown>
  expect(doc.status).toBe(res.status)
  expect(typeof doc.type).toBe('string')
  expect(typeof doc.title).toBe('string')
  expect(typeof doc.instance).toBe('string')
  for (const p of (doc['invalid-params'] as { path: unknown; message: unknown }[] | undefined) ?? []) {
    expect(typeof p.path).toBe('string')
    expect(typeof p.message).toBe('string')
  }
}

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }))
const ids = fc.oneof(fc.constantFrom('coinbox', 'example-mail', 'photo-share', 'coinbx', '钱盒', '', '..', '%2F', '%E0%A4%A'), text)
const langs = fc.option(fc.oneof(fc.constantFrom('zh-CN', 'en', 'EN', 'fr', ''), text), { nil: undefined })
const clients = fc.option(fc.oneof(fc.constantFrom('ios', 'android', 'web', 'desktop', 'IOS'), text), { nil: undefined })
const headers = fc.record(
  {
    'accept-language': fc.oneof(fc.constantFrom('en', 'zh-CN,zh;q=0.9', 'en;q=0', '*', 'de, en;q=0.1'), text),
    'if-none-match': fc.oneof(fc.constantFrom('*', '"x"', 'W/"x"'), text),
    'accept-encoding': fc.oneof(fc.constantFrom('br', 'gzip;q=0', 'identity'), text),
    'x-request-id': text,
  },
  { requiredKeys: [] },
)

/** Headers a Fetch Request accepts: ByteString values without CR, LF or NUL. */
const safeHeaders = (h: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(h).filter(([, v]) => /^[\t\x20-\x7e\x80-\xff]*$/.test(v)))

function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.append(k, v)
  const s = q.toString()
  return s ? `?${s}` : ''
}
const path = (id: string): string => (/%/.test(id) ? id : encodeURIComponent(id))

describe(`fuzz (${RUNS} inputs per endpoint)`, () => {
  it('GET /v1/platforms', async () => {
    const params = fc.record(
      {
        q: text,
        category: fc.oneof(fc.constantFrom('payments', 'mail', 'social'), text),
        domain: fc.oneof(fc.constantFrom('mail.example.org', 'https://a.photos.example.net/x', 'org'), fc.domain(), text),
        depth: fc.oneof(fc.constantFrom('guide', 'link'), text),
        limit: fc.oneof(fc.integer({ min: -5, max: 600 }).map(String), text),
        offset: fc.oneof(fc.integer({ min: -5, max: 10 }).map(String), text),
        lang: fc.string(),
        [text.toString()]: text,
      },
      { requiredKeys: [] },
    )
    await fc.assert(
      fc.asyncProperty(params, langs, headers, async (p, lang, h) => {
        await wellFormed(await app.request(`/v1/platforms${query({ ...p, lang })}`, { headers: safeHeaders(h) }))
      }),
      { numRuns: RUNS },
    )
  })

  for (const suffix of ['', '/questions']) {
    it(`GET /v1/platforms/{id}${suffix}`, async () => {
      await fc.assert(
        fc.asyncProperty(ids, clients, langs, headers, async (id, client, lang, h) => {
          await wellFormed(await app.request(`/v1/platforms/${path(id)}${suffix}${query({ client, lang })}`, { headers: safeHeaders(h) }))
        }),
        { numRuns: RUNS },
      )
    })
  }

  it('POST /v1/platforms/{id}/eligibility', async () => {
    const answerValue = fc.oneof(fc.boolean(), fc.integer({ min: -10, max: 1e6 }), fc.double(), fc.constantFrom('none', 'gold', 'platinum'), text)
    const answerKey = fc.oneof(fc.constantFrom('balance', 'savings', 'cards', 'plan', '__proto__', 'constructor'), text)
    const shaped = fc.record(
      {
        answers: fc.oneof(fc.dictionary(answerKey, answerValue, { maxKeys: 6 }), fc.jsonValue({ maxDepth: 3 })),
        client: fc.oneof(fc.constantFrom('ios', 'android', 'desktop'), fc.jsonValue({ maxDepth: 1 })),
        startDate: fc.oneof(fc.constantFrom('2026-09-28', '2026-02-29', '2199-12-31', '1969-12-31', '10000-01-01'), text),
        [text.toString()]: fc.jsonValue({ maxDepth: 2 }),
      },
      { requiredKeys: [] },
    )
    const body = fc.oneof(
      { weight: 5, arbitrary: shaped.map((v) => JSON.stringify(v)) },
      { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 12 }).map((v) => JSON.stringify(v) ?? 'null') },
      { weight: 1, arbitrary: fc.oneof(text, fc.string({ maxLength: 300 })) },
      { weight: 1, arbitrary: fc.constantFrom('{"answers":{"__proto__":{"x":1}}}', `${'['.repeat(5000)}`, '{"answers":{"plan":"\\u0000"}}', '\uFEFF{}') },
    )
    const type = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/problem+json') },
      { weight: 1, arbitrary: fc.oneof(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', ''), text) },
    )
    const accept = fc.constantFrom(undefined, 'application/json', 'text/calendar', 'text/calendar, application/json;q=0.5', '*/*')
    const target = fc.oneof({ weight: 8, arbitrary: fc.constant('coinbox') }, { weight: 1, arbitrary: ids })
    await fc.assert(
      fc.asyncProperty(target, body, type, accept, langs, async (id, b, t, a, lang) => {
        const h: Record<string, string> = { 'content-type': t, ...(a ? { accept: a } : {}) }
        const res = await app.request(`/v1/platforms/${path(id)}/eligibility${query({ lang })}`, { method: 'POST', headers: safeHeaders(h), body: b })
        await wellFormed(res)
      }),
      { numRuns: RUNS },
    )
  })

  it('any method on any path', async () => {
    const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS')
    const anyPath = fc.oneof(fc.webPath(), fc.constantFrom('/healthz', '/openapi.json', '/v1', '/v1/platforms/coinbox/eligibility'), text.map((t) => `/${encodeURIComponent(t)}`))
    await fc.assert(
      fc.asyncProperty(method, anyPath, async (m, p) => {
        const res = await app.request(p, { method: m, ...(m === 'GET' || m === 'HEAD' ? {} : { headers: { 'content-type': 'application/json' }, body: '{}' }) })
        if (m === 'HEAD') expect(res.status).toBeLessThan(500)
        else await wellFormed(res)
      }),
      { numRuns: 2_000 },
    )
  })
})
