/**
 * The shared cache in front of the app on a real Node server: what it answers must be what the
 * app answers (byte for byte, headers included), it keeps only what the app marks public, and
 * it stays within its bounds.
 */
import { request } from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { testCatalog } from '../testing/catalog'
import { nodeCompress } from './config'
import { startNodeServer } from './server'
import type { RunningServer } from './server'

let server: RunningServer
let reachedApp = 0
let fromCache = 0
beforeAll(async () => {
  const app = createApp({
    catalog: await testCatalog(),
    compress: nodeCompress,
    accessLog: () => (reachedApp += 1),
    routes: [
      (a) =>
        a.get('/v1/private', (c) => {
          c.header('ETag', '"p"')
          c.header('Cache-Control', 'private, max-age=60')
          return c.json({ secret: true })
        }),
    ],
  })
  server = await startNodeServer({ app, port: 0, responseCache: { maxEntries: 6, accessLog: () => (fromCache += 1) } })
})
afterAll(() => server.close())
beforeEach(() => {
  reachedApp = 0
  fromCache = 0
})

interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.once('error', reject)
    req.end()
  })
}

/** Headers that describe the answer, without those made per request. */
const stable = (h: IncomingHttpHeaders): IncomingHttpHeaders =>
  Object.fromEntries(Object.entries(h).filter(([k]) => !['date', 'x-request-id', 'connection', 'keep-alive'].includes(k)))

const BR = { 'accept-encoding': 'br', 'accept-language': 'en' }

describe('shared response cache on Node', () => {
  it('answers a repeated GET itself, with the bytes and headers the app sent', async () => {
    const first = await get('/v1/platforms/coinbox?client=ios', BR)
    const second = await get('/v1/platforms/coinbox?client=ios', BR)
    expect([reachedApp, fromCache]).toEqual([1, 1])
    expect(second.status).toBe(200)
    expect(second.body.equals(first.body)).toBe(true)
    expect(stable(second.headers)).toEqual(stable(first.headers))
    expect(second.headers['content-encoding']).toBe('br')
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id'])
  })

  it('keeps each language and coding apart, as the Vary header says', async () => {
    const en = await get('/v1/platforms/coinbox', BR)
    const zh = await get('/v1/platforms/coinbox', { ...BR, 'accept-language': 'zh-CN' })
    const plain = await get('/v1/platforms/coinbox', { 'accept-language': 'en' })
    expect(reachedApp).toBe(3)
    expect(zh.headers['content-language']).toBe('zh-CN')
    expect(plain.headers['content-encoding']).toBeUndefined()
    const again = await get('/v1/platforms/coinbox', { 'accept-language': 'en' })
    expect(again.body.equals(plain.body)).toBe(true)
    expect(en.headers['content-language']).toBe('en')
    expect(fromCache).toBe(1)
  })

  it('answers If-None-Match with the 304 the app would send, without body headers', async () => {
    const full = await get('/v1/platforms/coinbox?lang=en', BR)
    const app304 = await get('/v1/platforms/coinbox?lang=zh-CN', { ...BR, 'if-none-match': '"nope"' })
    expect(app304.status).toBe(200)
    const cached304 = await get('/v1/platforms/coinbox?lang=en', { ...BR, 'if-none-match': full.headers.etag! })
    expect(cached304.status).toBe(304)
    expect(cached304.body.byteLength).toBe(0)
    expect(cached304.headers.etag).toBe(full.headers.etag)
    expect(cached304.headers.vary).toBe(full.headers.vary)
    expect(cached304.headers['cache-control']).toBe(full.headers['cache-control'])
    expect(cached304.headers['content-type']).toBeUndefined()
    expect(cached304.headers['content-encoding']).toBeUndefined()
    expect(fromCache).toBe(1)
  })

  it('learns a validator from a 304 the app sent, and still asks the app for the body', async () => {
    const etag = (await get('/v1/platforms/coinbox/questions?lang=en', BR)).headers.etag!
    // Same URL, another Accept-Encoding: a new variant whose first request is conditional.
    const gzip = { 'accept-encoding': 'gzip', 'accept-language': 'en', 'if-none-match': etag }
    expect((await get('/v1/platforms/coinbox/questions?lang=en', gzip)).status).toBe(304)
    expect((await get('/v1/platforms/coinbox/questions?lang=en', gzip)).status).toBe(304)
    expect([reachedApp, fromCache]).toEqual([2, 1])
    const body = await get('/v1/platforms/coinbox/questions?lang=en', { 'accept-encoding': 'gzip', 'accept-language': 'en' })
    expect(body.status).toBe(200)
    expect(body.headers['content-encoding']).toBe('gzip')
    expect(reachedApp).toBe(3)
  })

  it('echoes a caller-given request id on a cached answer', async () => {
    await get('/v1/platforms?q=coin', BR)
    const hit = await get('/v1/platforms?q=coin', { ...BR, 'x-request-id': 'trace-42' })
    expect(fromCache).toBe(1)
    expect(hit.headers['x-request-id']).toBe('trace-42')
  })

  it('never keeps private answers, errors, or answers to requests with credentials or no-cache', async () => {
    for (let i = 0; i < 2; i++) {
      await get('/v1/private')
      await get('/v1/platforms/no-such-thing')
      await get('/v1/platforms/coinbox?lang=en', { authorization: 'Bearer x' })
      await get('/v1/platforms/coinbox?lang=zh-CN', { 'cache-control': 'no-cache' })
      await get('/v1/platforms/coinbox?lang=en', { cookie: 'a=b' })
    }
    expect(fromCache).toBe(0)
    expect(reachedApp).toBe(10)
  })

  it('leaves HEAD and writes to the app', async () => {
    await get('/v1/platforms/coinbox?client=android', BR)
    const head = await get('/v1/platforms/coinbox?client=android', BR, 'HEAD')
    expect(head.status).toBe(200)
    expect(fromCache).toBe(0)
  })

  it('stays within its entry bound, dropping the oldest first', async () => {
    for (const q of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) await get(`/v1/platforms?q=${q}`)
    expect(server.responseCache?.size).toBe(6)
    await get('/v1/platforms?q=h')
    await get('/v1/platforms?q=a')
    expect(fromCache).toBe(1)
  })

  it('counts keys against its byte bound, so long request headers cannot grow it', async () => {
    const app = createApp({ catalog: await testCatalog() })
    const small = await startNodeServer({ app, port: 0, responseCache: { maxBytes: 64 * 1024 } })
    try {
      for (let i = 0; i < 12; i++) {
        const res = await fetch(`${small.url}/v1/platforms/coinbox`, { headers: { 'accept-language': `en;q=0.9, x-${i}-${'a'.repeat(1500)};q=0.1` } })
        expect(res.status).toBe(200)
      }
      expect(small.responseCache!.bytes).toBeLessThanOrEqual(64 * 1024)
      expect(small.responseCache!.size).toBeGreaterThan(0)
      expect(small.responseCache!.size).toBeLessThan(12)
    } finally {
      await small.close()
    }
  })
})
