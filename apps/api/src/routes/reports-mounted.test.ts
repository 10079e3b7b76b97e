import { expect, it } from 'vitest'
import { reportBody, reportsApp, useTempStore } from '../../test/reports-support'

const temp = useTempStore()

it('limits report writes per address with the default limit, answering 429 with Retry-After', async () => {
  const app = await reportsApp({ store: temp.store }) // the app's default: 60 writes a minute per address
  const send = (): Promise<Response> =>
    Promise.resolve(
      app.request('/v1/platforms/coinbox/reports', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(reportBody()),
      }),
    )
  const statuses: number[] = []
  for (let i = 0; i < 60; i++) statuses.push((await send()).status)
  expect(new Set(statuses)).toEqual(new Set([201]))
  const limited = await send()
  expect(limited.status).toBe(429)
  expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
  expect(limited.headers.get('Content-Type')).toBe('application/problem+json')
  expect((await temp.store.list()).total).toBe(60)
})

it('lists the report endpoints and the maintainer token scheme in /openapi.json', async () => {
  const app = await reportsApp({ store: temp.store })
  const document = (await (await app.request('/openapi.json')).json()) as {
    paths: Record<string, Record<string, unknown>>
    components: { securitySchemes?: Record<string, unknown> }
  }
  expect(Object.keys(document.paths['/v1/platforms/{id}/reports'] ?? {})).toEqual(['post'])
  expect(Object.keys(document.paths['/v1/reports'] ?? {})).toEqual(['get'])
  expect(Object.keys(document.paths['/v1/reports/{id}'] ?? {}).sort()).toEqual(['get', 'patch'])
  expect(document.components.securitySchemes?.maintainerToken).toMatchObject({ type: 'http', scheme: 'bearer' })
})
