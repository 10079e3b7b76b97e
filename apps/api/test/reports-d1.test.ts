/**
 * The D1 path under a real local workerd (wrangler 4, loopback only), through the API's own
 * worker entry: migrations applied by the first request, idempotent reports, maintainer auth
 * and the purges, checked against the D1 database that wrangler persists as SQLite.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { unstable_startWorker } from 'wrangler'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { anyPlatform } from './reports-server'
import { reportBody, tempDir } from './reports-support'

// The API's own worker and wrangler.toml (D1 binding `DB`, cron trigger), with a token.
const CONFIG = fileURLToPath(new URL('../wrangler.toml', import.meta.url))
const TOKEN = 'workerd-test-token-0123456789abcdef'
process.env.WRANGLER_SEND_METRICS = 'false' // loopback only
let platform: string

type Worker = Awaited<ReturnType<typeof unstable_startWorker>>
let temp: ReturnType<typeof tempDir>
let worker: Worker
let base: string

async function start(): Promise<void> {
  worker = await unstable_startWorker({
    config: CONFIG,
    bindings: { DEREGISTER_MAINTAINER_TOKEN: { type: 'plain_text', value: TOKEN } },
    dev: {
      server: { hostname: '127.0.0.1', port: 0 },
      inspector: false,
      persist: temp.dir,
      watch: false,
      logLevel: 'error',
      testScheduled: true,
    },
  })
  await worker.ready
  base = (await worker.url).origin
}

/** The SQLite file behind the local D1 database. */
function d1File(): string {
  const find = (dir: string): string | undefined => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        const found = find(path)
        if (found) return found
      } else if (entry.name.endsWith('.sqlite') && path.includes('D1')) return path
    }
    return undefined
  }
  const file = find(temp.dir)
  if (!file) throw new Error(`no D1 file under ${temp.dir}`)
  return file
}

const post = (body: unknown, id = platform): Promise<Response> =>
  fetch(`${base}/v1/platforms/${id}/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
const maintainer = (path: string, init: RequestInit = {}, token = TOKEN): Promise<Response> =>
  fetch(`${base}/v1${path}`, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } })

beforeAll(async () => {
  temp = tempDir()
  await start()
  platform = await anyPlatform(base)
}, 120_000)
afterAll(async () => {
  await worker?.dispose()
  temp.remove()
})

describe('reports on D1 under workerd', { timeout: 120_000 }, () => {
  const body = reportBody({ target: 'general', kind: 'outdated', message: '步骤已变' })

  it('stores a report with 201 and answers the retry with 200 and the same report', async () => {
    const first = await post(body)
    expect(first.status).toBe(201)
    const stored = await first.json()
    const retry = await post(body)
    expect(retry.status).toBe(200)
    expect(await retry.json()).toEqual(stored)
    expect((await post({ ...body, kind: 'wrong' })).status).toBe(409)
  })

  it('answers unknown platforms with 404 and unknown targets with 400', async () => {
    expect((await post(reportBody(), 'no-such-platform')).status).toBe(404)
    expect((await post(reportBody({ target: 'no-such-step' }))).status).toBe(400)
  })

  it('applied the shared migrations to D1, recorded in schema_migrations', () => {
    const db = new Database(d1File(), { readonly: true })
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }])
    expect(db.prepare('SELECT count(*) AS n FROM reports').get()).toEqual({ n: 1 })
    db.close()
  })

  it('guards the maintainer endpoints with the token', async () => {
    expect((await fetch(`${base}/v1/reports`)).status).toBe(401)
    expect((await maintainer('/reports', {}, 'wrong')).status).toBe(401)
    const list = await maintainer(`/reports?platform=${platform}&status=open`)
    expect(list.status).toBe(200)
    expect(await list.json()).toMatchObject({ total: 1, reports: [{ id: body.id }] })
    const resolved = await maintainer(`/reports/${String(body.id)}`, { method: 'PATCH', body: JSON.stringify({ status: 'resolved' }) })
    expect(await resolved.json()).toMatchObject({ status: 'resolved' })
  })

  const ageAndRestart = async (id: unknown): Promise<void> => {
    await worker.dispose()
    const db = new Database(d1File())
    db.prepare("UPDATE reports SET closed_at = '2000-01-01T00:00:00.000Z' WHERE id = ?").run(id)
    db.close()
    await start()
  }
  const storedIds = async (): Promise<string[]> => {
    await worker.dispose()
    const db = new Database(d1File(), { readonly: true })
    const ids = db.prepare('SELECT id FROM reports ORDER BY id').all().map((row) => (row as { id: string }).id)
    db.close()
    await start()
    return ids
  }

  it('purges reports closed longer ago than the retention period on the cron trigger', async () => {
    await ageAndRestart(body.id)
    const cron = await fetch(`${base}/__scheduled?cron=${encodeURIComponent('17 3 * * *')}`)
    expect(cron.status).toBe(200)
    expect(await storedIds()).toEqual([])
  })

  it('also purges on the first request an isolate serves', async () => {
    const old = reportBody({ target: 'general' })
    expect((await post(old)).status).toBe(201)
    await maintainer(`/reports/${String(old.id)}`, { method: 'PATCH', body: JSON.stringify({ status: 'dismissed' }) })
    await ageAndRestart(old.id)
    const kept = reportBody({ target: 'general' })
    expect((await post(kept)).status).toBe(201)
    expect(await storedIds()).toEqual([kept.id])
  })
})
