import { beforeAll, describe, expect, it } from 'vitest'
import { reportBody, reportsApp, useTempStore } from '../../test/reports-support'

const TOKEN = 'maintainer-secret-4f1c-0123456789abcdef'
const temp = useTempStore()
let open: Awaited<ReturnType<typeof reportsApp>>
let off: Awaited<ReturnType<typeof reportsApp>>

beforeAll(async () => {
  open = await reportsApp({ store: temp.store, maintainerToken: TOKEN })
  off = await reportsApp({ store: temp.store })
  for (const body of [reportBody({ kind: 'wrong' }), reportBody({ target: 'general' }), reportBody()]) {
    await open.request('/v1/platforms/coinbox/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  }
})

type Listing = { reports: { id: string; kind: string }[]; total: number }
const listing = async (response: Response | Promise<Response>): Promise<Listing> => (await (await response).json()) as Listing
const auth = (token = TOKEN): Record<string, string> => ({ Authorization: `Bearer ${token}` })

describe('maintainer endpoints', () => {
  it('do not exist when no token is configured, even with a token sent', async () => {
    for (const headers of [{}, auth()]) {
      const response = await off.request('/v1/reports', { headers })
      expect(response.status).toBe(404)
      expect(response.headers.get('Content-Type')).toBe('application/problem+json')
    }
    const patch = { method: 'PATCH', headers: { ...auth(), 'Content-Type': 'application/json' }, body: '{"status":"resolved"}' }
    expect((await off.request('/v1/reports/x', patch)).status).toBe(404)
  })

  it('ask for the token when it is missing, and refuse a wrong one', async () => {
    const missing = await open.request('/v1/reports')
    expect(missing.status).toBe(401)
    expect(missing.headers.get('WWW-Authenticate')).toBe('Bearer realm="deregister-maintainer"')
    for (const token of ['wrong', `${TOKEN}x`, TOKEN.slice(0, -1), TOKEN.toUpperCase()]) {
      const wrong = await open.request('/v1/reports', { headers: auth(token) })
      expect(wrong.status).toBe(401)
      expect(wrong.headers.get('WWW-Authenticate')).toContain('error="invalid_token"')
    }
    expect((await open.request('/v1/reports', { headers: { Authorization: `Basic ${TOKEN}` } })).status).toBe(401)
  })

  it('list reports with the right token, filtered, uncached', async () => {
    const all = await open.request('/v1/reports', { headers: auth() })
    expect(all.status).toBe(200)
    expect(all.headers.get('Cache-Control')).toBe('no-store')
    expect((await listing(all)).total).toBe(3)
    const wrong = await listing(open.request('/v1/reports?kind=wrong&platform=coinbox', { headers: auth() }))
    expect(wrong.reports.map((r) => r.kind)).toEqual(['wrong'])
    expect((await open.request('/v1/reports?status=closed', { headers: auth() })).status).toBe(400)
  })

  it('resolve, dismiss and reopen a report', async () => {
    const { reports } = await listing(open.request('/v1/reports?status=open', { headers: auth() }))
    const patch = (id: string, status: string, headers = auth()): Promise<Response> =>
      Promise.resolve(open.request(`/v1/reports/${id}`, {
        method: 'PATCH',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ status }),
      }))
    expect((await patch(reports[0]!.id, 'resolved', {})).status).toBe(401)
    expect(await (await patch(reports[0]!.id, 'resolved')).json()).toMatchObject({ status: 'resolved', closedAt: expect.any(String) })
    expect(await (await patch(reports[1]!.id, 'dismissed')).json()).toMatchObject({ status: 'dismissed' })
    expect((await listing(open.request('/v1/reports?status=open', { headers: auth() }))).total).toBe(1)
    expect(await (await patch(reports[1]!.id, 'open')).json()).toMatchObject({ status: 'open' })
    expect((await patch('00000000-0000-4000-8000-000000000000', 'resolved')).status).toBe(404)
    expect((await patch(reports[0]!.id, 'deleted')).status).toBe(400)
  })
})

describe('failed maintainer logins', () => {
  it('are limited per address: after 10 wrong tokens even the right one waits, with Retry-After', async () => {
    const app = await reportsApp({ store: temp.store, maintainerToken: TOKEN }, { clientAddress: () => '198.51.100.9' })
    for (let i = 0; i < 10; i++) expect((await app.request('/v1/reports', { headers: auth(`guess-${i}`) })).status).toBe(401)
    const limited = await app.request('/v1/reports', { headers: auth() })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(limited.headers.get('Content-Type')).toBe('application/problem+json')
  })

  it('count failures only: a maintainer with the right token is never limited', async () => {
    const app = await reportsApp({ store: temp.store, maintainerToken: TOKEN }, { clientAddress: () => '198.51.100.10' })
    for (let i = 0; i < 30; i++) expect((await app.request('/v1/reports', { headers: auth() })).status).toBe(200)
  })
})
