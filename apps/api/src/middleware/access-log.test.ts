import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import type { AccessRecord } from '../app'
import { testCatalog } from '../testing/catalog'
import { responseCache } from './response-cache'

describe('access log with the response cache', () => {
  it('prints one line per request, also for answers the cache gives, with each answer’s request id', async () => {
    const records: AccessRecord[] = []
    const app = createApp({ catalog: await testCatalog(), responseCache: responseCache(), accessLog: (r) => records.push(r) })
    const answers = []
    for (let i = 0; i < 3; i++) answers.push(await app.request('/v1/platforms/coinbox?lang=en'))
    const etag = answers[0]!.headers.get('ETag')!
    answers.push(await app.request('/v1/platforms/coinbox?lang=en', { headers: { 'If-None-Match': etag } }))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 304])
    // The revalidation the cache answers keeps the validators and every answer's headers, and no body.
    const notModified = answers[3]!
    expect(notModified.headers.get('ETag')).toBe(etag)
    expect(notModified.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(notModified.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin')
    expect(await notModified.clone().text()).toBe('')
    expect(new Set(await Promise.all(answers.slice(0, 3).map((a) => a.text()))).size).toBe(1)
    expect(records.map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', '/v1/platforms/coinbox', 200],
      ['GET', '/v1/platforms/coinbox', 200],
      ['GET', '/v1/platforms/coinbox', 200],
      ['GET', '/v1/platforms/coinbox', 304],
    ])
    expect(records.map((r) => r.requestId)).toEqual(answers.map((a) => a.headers.get('X-Request-Id')))
    expect(new Set(records.map((r) => r.requestId)).size).toBe(4)
  })

  it('never logs query strings or bodies', async () => {
    const records: AccessRecord[] = []
    const app = createApp({ catalog: await testCatalog(), accessLog: (r) => records.push(r) })
    await app.request('/v1/platforms?q=secret-query')
    await app.request('/v1/platforms/coinbox/eligibility', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"answers":{"balance":123456}}' })
    expect(JSON.stringify(records)).not.toMatch(/secret-query|123456/)
  })
})
