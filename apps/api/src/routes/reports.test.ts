import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { reportBody, reportsApp, useTempStore } from '../../test/reports-support'
import { testCatalog } from '../testing/catalog'
import { MESSAGE_MAX } from '@deregister/reports'

const temp = useTempStore()
let app: Awaited<ReturnType<typeof reportsApp>>
let coinboxHash: string | undefined

beforeAll(async () => {
  coinboxHash = (await testCatalog()).entries.coinbox?.hash
  app = await reportsApp({ store: temp.store, now: () => new Date('2026-05-01T08:00:00Z') }, { rateLimits: { writes: { limit: 1000, windowMs: 60_000 } } })
})

const post = (body: unknown, platform = 'coinbox', headers: Record<string, string> = {}): Promise<Response> =>
  Promise.resolve(
    app.request(`/v1/platforms/${platform}/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  )

describe('POST /v1/platforms/{id}/reports', () => {
  it('stores a report on a step with 201 and returns it', async () => {
    const body = reportBody({ target: 'email-link', kind: 'wrong', client: 'ios', message: '邮件链接已失效' })
    const response = await post(body)
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({
      ...body,
      platform: 'coinbox',
      status: 'open',
      contentHash: coinboxHash,
      createdAt: '2026-05-01T08:00:00.000Z',
    })
  })

  it('accepts requirements, sections and "general" as targets', async () => {
    for (const target of ['redeem-savings', 'losses', 'general']) expect((await post(reportBody({ target }))).status).toBe(201)
  })

  it('answers a retry with the same id with 200 and the same report', async () => {
    const body = reportBody({ message: 'retry me' })
    const first = await (await post(body)).json()
    const retry = await post(body)
    expect(retry.status).toBe(200)
    expect(await retry.json()).toEqual(first)
  })

  it('refuses a different report under a used id with 409', async () => {
    const body = reportBody()
    await post(body)
    const response = await post({ ...body, kind: 'missing' })
    expect(response.status).toBe(409)
    expect(response.headers.get('Content-Type')).toBe('application/problem+json')
  })

  it('answers an unknown platform with a 404 problem suggesting the closest ids', async () => {
    const response = await post(reportBody(), 'coinbx')
    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({ status: 404, title: 'Unknown platform', suggestions: ['coinbox'] })
  })

  it('accepts only "general" and sections on a link-level entry', async () => {
    expect((await post(reportBody({ target: 'general' }), 'example-mail')).status).toBe(201)
    expect((await post(reportBody({ target: 'url' }), 'example-mail')).status).toBe(201)
    expect((await post(reportBody({ target: 'open' }), 'example-mail')).status).toBe(400)
  })

  it('refuses bodies over the size limit with 413 before storing anything', async () => {
    const body = reportBody({ message: 'x'.repeat(17 * 1024) })
    const response = await post(body)
    expect(response.status).toBe(413)
    expect(await temp.store.get(String(body.id))).toBeUndefined()
  })

  it('answers an unknown target with a 400 problem naming the field', async () => {
    const response = await post(reportBody({ target: 'no-such-step' }))
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ 'invalid-params': [{ path: 'target' }] })
  })

  it(`refuses messages over ${MESSAGE_MAX} characters and accepts exactly ${MESSAGE_MAX}`, async () => {
    expect((await post(reportBody({ message: '长'.repeat(MESSAGE_MAX) }))).status).toBe(201)
    const response = await post(reportBody({ message: '长'.repeat(MESSAGE_MAX + 1) }))
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ 'invalid-params': [{ path: 'message' }] })
  })

  it('names every invalid field: bad id, kind, client, unknown keys', async () => {
    const response = await post({ id: 'not-a-uuid', target: 'open', kind: 'bad', client: 'tv', extra: 1 })
    const problemBody = (await response.json()) as { 'invalid-params': { path: string }[] }
    const paths = problemBody['invalid-params'].map((p) => p.path).sort()
    expect(response.status).toBe(400)
    expect(paths).toEqual(['client', 'extra', 'id', 'kind'])
  })

  it('refuses a message with a lone UTF-16 surrogate with a 400 naming the field, and stores nothing', async () => {
    // JSON's \ud83d escape is the only way such a string reaches the server.
    const body = reportBody({ message: 'broken \ud83d emoji' })
    const response = await post(JSON.stringify(body))
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ 'invalid-params': [{ in: 'body', path: 'message' }] })
    expect(await temp.store.get(String(body.id))).toBeUndefined()
    // An emoji (a surrogate pair) is fine, and its resend is idempotent.
    const emoji = reportBody({ message: 'fine \ud83d\ude00' })
    expect((await post(JSON.stringify(emoji))).status).toBe(201)
    expect((await post(JSON.stringify(emoji))).status).toBe(200)
  })

  it('refuses NUL characters, invalid JSON and non-JSON bodies without a 5xx', async () => {
    expect((await post(reportBody({ message: 'a\u0000b' }))).status).toBe(400)
    expect((await post('{"id":')).status).toBe(400)
    const form = await app.request('/v1/platforms/coinbox/reports', { method: 'POST', body: 'id=1' })
    expect(form.status).toBe(415)
    for (const response of [await post('{"id":'), form]) {
      expect(response.headers.get('Content-Type')).toBe('application/problem+json')
    }
  })

  it('stores no IP address, user agent or cookie', async () => {
    const marker = 'Marker-7f3a9c'
    await post(reportBody(), 'coinbox', {
      'User-Agent': `${marker}-agent`,
      Cookie: `session=${marker}-cookie`,
      'X-Forwarded-For': '203.0.113.77',
    })
    const bytes = ['', '-wal'].map((suffix) => readFileSync(temp.db + suffix).toString('latin1')).join('')
    expect(bytes).not.toContain(marker)
    expect(bytes).not.toContain('203.0.113.77')
  })
})
