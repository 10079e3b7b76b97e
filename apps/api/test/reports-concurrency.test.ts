/**
 * Concurrent writers: two server processes on one SQLite file, each id sent to both at the
 * same moment. Exactly one of the two stores it (201); the other answers 200 with the same
 * report, and no request fails.
 */
import Database from 'better-sqlite3'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { anyPlatform, keepAlive, postJson, startServer } from './reports-server'
import type { RunningServer } from './reports-server'
import { tempDir } from './reports-support'

const IDS = 1_000
const CONNECTIONS = 16

let temp: ReturnType<typeof tempDir>
let servers: RunningServer[] = []
beforeAll(async () => {
  temp = tempDir()
  const env = { DEREGISTER_DB: temp.db, DEREGISTER_RATE_LIMIT: `${IDS * 10}/60` }
  // Start one after the other: the first creates the schema, the second finds it migrated.
  servers.push(await startServer(env))
  servers.push(await startServer(env))
})
afterAll(async () => {
  await Promise.all(servers.map((server) => server.kill()))
  servers = []
  temp.remove()
})

it('stores each id once when two processes receive it at the same time', { timeout: 120_000 }, async () => {
  const bodies = Array.from({ length: IDS }, (_, i) => ({ id: crypto.randomUUID(), target: 'general', kind: 'wrong', message: `m${i}` }))
  const platform = await anyPlatform(servers[0]!.url)
  const agents = servers.map(() => keepAlive(CONNECTIONS))
  const statuses = new Map<number, number>()
  const worker = async (): Promise<void> => {
    for (let body = bodies.pop(); body; body = bodies.pop()) {
      const results = await Promise.all(
        servers.map((server, i) => postJson(agents[i]!, `${server.url}/v1/platforms/${platform}/reports`, body)),
      )
      const [a, b] = results.map((result) => JSON.parse(result.body))
      expect(results.map((r) => r.status).sort()).toEqual([200, 201])
      expect(a).toEqual(b)
      for (const { status } of results) statuses.set(status, (statuses.get(status) ?? 0) + 1)
    }
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, worker))
  agents.forEach((agent) => agent.destroy())

  const db = new Database(temp.db, { readonly: true })
  const { n } = db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }
  db.close()
  console.log(`concurrency: ${IDS} ids × 2 processes → ${statuses.get(201)} × 201, ${statuses.get(200)} × 200, ${n} rows`)
  expect(n).toBe(IDS)
  expect(statuses.get(201)).toBe(IDS)
})
