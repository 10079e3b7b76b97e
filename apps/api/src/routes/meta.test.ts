import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { START_DATE_RANGE } from '../openapi/schemas'
import { testCatalog } from '../testing/catalog'

let app: ReturnType<typeof createApp>
beforeAll(async () => {
  app = createApp({ catalog: await testCatalog(), referenceScript: () => 'console.log("reference")' })
})

describe('meta routes', () => {
  it('reports health with the catalog hash', async () => {
    const body = (await (await app.request('/healthz')).json()) as { status: string; entries: number }
    expect(body).toMatchObject({ status: 'ok', entries: 3 })
  })

  it('publishes an OpenAPI 3.1 document of every endpoint, generated from the schemas', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as {
      openapi: string
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>
      components: { schemas: Record<string, { properties?: Record<string, { type?: string }> }> }
    }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/healthz',
        '/v1/platforms',
        '/v1/platforms/{id}',
        '/v1/platforms/{id}/eligibility',
        '/v1/platforms/{id}/questions',
        '/v1/platforms/{id}/reports',
        '/v1/reports',
        '/v1/reports/{id}',
      ].sort(),
    )
    expect(Object.keys(doc.paths['/v1/platforms/{id}/eligibility']!.post!.responses)).toEqual(expect.arrayContaining(['200', '400', '404', '413', '415', '429']))
    // Localized texts are documented as the strings the API sends.
    expect(doc.components.schemas.Guide!.properties!.name!.type).toBe('string')
    expect(doc.components.schemas.Problem!.properties).toHaveProperty('invalid-params')
  })

  it('documents the startDate range the server enforces', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as {
      components: { schemas: Record<string, { properties?: Record<string, Record<string, unknown>> }> }
    }
    const startDate = doc.components.schemas.EligibilityRequest!.properties!.startDate!
    expect(startDate).toMatchObject({ formatMinimum: START_DATE_RANGE.min, formatMaximum: START_DATE_RANGE.max })
    expect(startDate.description).toContain(`${START_DATE_RANGE.min} to ${START_DATE_RANGE.max}`)
    const outside = await app.request('/v1/platforms/coinbox/eligibility', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ startDate: '2200-01-01' }),
    })
    expect(outside.status).toBe(400)
  })

  it('serves the reference page and its script from this origin, loadable cross-origin', async () => {
    const page = await app.request('/reference')
    expect(page.status).toBe(200)
    expect(page.headers.get('Content-Security-Policy')).toContain("script-src 'self'")
    expect(await page.text()).toContain('src="/reference/standalone.js"')
    const script = await app.request('/reference/standalone.js')
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin')
    const etag = script.headers.get('ETag')!
    expect((await app.request('/reference/standalone.js', { headers: { 'If-None-Match': etag } })).status).toBe(304)
  })

  it('answers CORS preflights for any origin, without credentials', async () => {
    const res = await app.request('/v1/platforms/coinbox/eligibility', {
      method: 'OPTIONS',
      headers: { Origin: 'https://help.example', 'Access-Control-Request-Method': 'POST' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull()
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('POST')
  })

  it('gives every response a request id, echoing a plain one the caller sent', async () => {
    expect((await app.request('/healthz', { headers: { 'X-Request-Id': 'abc-123' } })).headers.get('X-Request-Id')).toBe('abc-123')
    expect((await app.request('/nope', { headers: { 'X-Request-Id': 'bad id\u00e9' } })).headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/)
  })
})
