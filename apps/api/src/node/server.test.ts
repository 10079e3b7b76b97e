/**
 * Wire tests against the real Node server with raw sockets: framing Node must refuse, bodies
 * that lie about their size, and clients too slow to finish their headers.
 */
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { useTempStore } from '../../test/reports-support'
import { testCatalog } from '../testing/catalog'
import { nodeClientAddress } from './config'
import { startNodeServer } from './server'
import type { RunningServer } from './server'

let server: RunningServer
// Reader reports on a real SQLite store: every request that reached the handler is stored.
const temp = useTempStore()
const reached = async (): Promise<number> => (await temp.store.list()).total
beforeAll(async () => {
  const app = createApp({
    catalog: await testCatalog(),
    reports: { store: temp.store },
    clientAddress: nodeClientAddress(),
    rateLimits: { checks: { limit: 40, windowMs: 60_000 } },
  })
  server = await startNodeServer({ app, port: 0, timeouts: { headersMs: 400, requestMs: 800, keepAliveMs: 400, checkEveryMs: 100 } })
})
afterAll(() => server.close())

interface RawResponse {
  status: number
  headers: string
  body: string
  /** Whether the server closed the connection. */
  closed: boolean
}

/** Writes `parts` (pausing `gapMs` between them, optionally half-closing) and reads until the server closes. */
function raw(parts: (string | Buffer)[], options: { gapMs?: number; halfClose?: boolean } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (d) => chunks.push(d))
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const [head = '', ...rest] = text.split('\r\n\r\n')
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), headers: head, body: rest.join('\r\n\r\n'), closed: true })
    })
    socket.on('connect', async () => {
      for (const [i, part] of parts.entries()) {
        if (i > 0 && options.gapMs) await new Promise((r) => setTimeout(r, options.gapMs))
        if (!socket.destroyed) socket.write(part)
      }
      if (options.halfClose) socket.end()
    })
  })
}

const POST = `POST /v1/platforms/coinbox/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n`
const problemOf = (r: RawResponse): Record<string, unknown> => {
  expect(r.headers.toLowerCase()).toContain('content-type: application/problem+json')
  return JSON.parse(r.body.replace(/^[0-9a-f]+\r\n|\r\n0\r\n\r\n$/g, '')) as Record<string, unknown>
}

describe('Node server on the wire', () => {
  it('serves a request and closes on Connection: close', async () => {
    const r = await raw(['GET /v1/platforms/coinbox?lang=en HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'])
    expect(r.status).toBe(200)
    expect(r.headers.toLowerCase()).toContain('cross-origin-resource-policy: cross-origin')
    expect(JSON.parse(r.body)).toMatchObject({ id: 'coinbox', name: 'Coinbox' })
  })

  it('refuses a malformed Content-Length with a problem document', async () => {
    const r = await raw([`${POST}Content-Length: 12abc\r\n\r\n{}`])
    expect(r.status).toBe(400)
    expect(problemOf(r).status).toBe(400)
  })

  it('refuses conflicting Content-Length headers, and Content-Length with chunked encoding', async () => {
    const twice = await raw([`${POST}Content-Length: 2\r\nContent-Length: 5\r\n\r\n{}`])
    expect(twice.status).toBe(400)
    const both = await raw([`${POST}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n`])
    expect(both.status).toBe(400)
    expect(await reached()).toBe(0)
  })

  it('answers 413 to a declared oversized body without reading it, and the handler never runs', async () => {
    const body = JSON.stringify({ pad: 'x'.repeat(20_000) })
    const r = await raw([`${POST}Content-Length: ${body.length}\r\n\r\n`, body])
    expect(r.status).toBe(413)
    expect(problemOf(r).status).toBe(413)
    expect(await reached()).toBe(0)
  })

  it('answers 413 to a chunked body that grows past the limit, and the handler never runs', async () => {
    const chunk = `${(4096).toString(16)}\r\n${' '.repeat(4096)}\r\n`
    const r = await raw([`${POST}Transfer-Encoding: chunked\r\n\r\n`, chunk, chunk, chunk, chunk, chunk, '0\r\n\r\n'], { gapMs: 5 })
    expect(r.status).toBe(413)
    expect(await reached()).toBe(0)
  })

  it('does not run the handler for a truncated body, whether the client hangs up or stalls', async () => {
    const hungUp = await raw([`${POST}Content-Length: 100\r\n\r\n{"answers":`], { halfClose: true })
    expect([0, 400]).toContain(hungUp.status)
    // A stalled body hits the request timeout: Node drops the connection mid-request.
    const stalled = await raw([`${POST}Content-Length: 100\r\n\r\n{"answers":`])
    expect(stalled.closed).toBe(true)
    expect([0, 400, 408]).toContain(stalled.status)
    expect(await reached()).toBe(0)
  })

  it('closes a connection whose headers never finish with 408', async () => {
    const r = await raw(['GET /healthz HTTP/1.1\r\n', 'Host: x\r\n', 'X-Slow: 1\r\n'], { gapMs: 150 })
    expect(r.status).toBe(408)
    expect(r.closed).toBe(true)
  })

  it('passes a valid JSON write through to its handler', async () => {
    const body = JSON.stringify({ id: crypto.randomUUID(), target: 'general', kind: 'outdated' })
    const r = await raw([`${POST}Content-Length: ${body.length}\r\n\r\n${body}`])
    expect(r.status).toBe(201)
    expect(await reached()).toBe(1)
  })

  // RFC 9112 §6.1: a request whose framing cannot be read gets 400, also when the fault lies past the headers.
  it.each([
    ['an unknown Transfer-Encoding', 'Transfer-Encoding: xchunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n'],
    ['a chunk size that is not hex', 'Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n'],
    ['a negative chunk size', 'Transfer-Encoding: chunked\r\n\r\n-5\r\n{}\r\n0\r\n\r\n'],
    ['a chunk size of 2^64', 'Transfer-Encoding: chunked\r\n\r\n10000000000000000\r\n{}\r\n0\r\n\r\n'],
    ['a chunk without its CRLF', 'Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n'],
  ])('answers 400 with a status line to %s, and the handler never runs', async (_name, rest) => {
    const r = await raw([`${POST}${rest}`])
    expect(r.status).toBe(400)
    expect(problemOf(r).status).toBe(400)
    expect(await reached()).toBe(1) // the one valid write above
  })

  it('gives parser errors (400, 408, 431) the security and CORS headers of every answer', async () => {
    const answers = [
      await raw([`${POST}Content-Length: 12abc\r\n\r\n{}`]),
      await raw(['GET /healthz HTTP/1.1\r\n', 'Host: x\r\n', 'X-Slow: 1\r\n'], { gapMs: 150 }),
      await raw([`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`]),
    ]
    expect(answers.map((r) => r.status)).toEqual([400, 408, 431])
    for (const r of answers) {
      const head = r.headers.toLowerCase()
      expect(head).toContain('access-control-allow-origin: *')
      expect(head).toContain('cross-origin-resource-policy: cross-origin')
      expect(head).toContain('x-content-type-options: nosniff')
      expect(head).toContain("content-security-policy: default-src 'none'")
    }
  })

  it('rate limits by connection address, not by a header the client chooses', async () => {
    const post = (i: number): string =>
      `POST /v1/platforms/coinbox/eligibility HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Forwarded-For: 198.51.100.${i}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`
    const statuses: number[] = []
    for (let i = 0; i < 45; i++) statuses.push((await raw([post(i)])).status)
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0)
    const limited = await raw([post(99)])
    expect(limited.headers.toLowerCase()).toMatch(/retry-after: \d+/)
  })

})
