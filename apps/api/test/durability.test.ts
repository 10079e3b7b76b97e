/**
 * Durability of reader reports: 20,000 POSTs at 32 concurrent connections against the real
 * Node server while it is SIGKILLed five times and restarted. Every request that was not
 * acknowledged is retried with the same id. Afterwards every acknowledged id must be stored
 * exactly once and the database must pass `PRAGMA integrity_check`.
 */
import Database from 'better-sqlite3'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { anyPlatform, keepAlive, postJson, startServer } from './reports-server'
import type { RunningServer } from './reports-server'
import { tempDir } from './reports-support'

const TOTAL = 20_000
const CONNECTIONS = 32
const KILLS = 5

let temp: ReturnType<typeof tempDir>
let server: RunningServer
const env = (): Record<string, string> => ({ DEREGISTER_DB: temp.db, DEREGISTER_RATE_LIMIT: `${TOTAL * 10}/60` })

beforeAll(() => void (temp = tempDir()))
afterAll(async () => {
  await server?.kill()
  temp.remove()
})

it('keeps every acknowledged report exactly once across five SIGKILLs', { timeout: 300_000 }, async () => {
  server = await startServer(env())
  const platform = await anyPlatform(server.url)
  const pending = Array.from({ length: TOTAL }, (_, i) => ({ id: crypto.randomUUID(), target: 'general', kind: 'outdated', message: `#${i}` }))
  const acknowledged = new Map<string, number>()
  const counts = { attempts: 0, created: 0, alreadyStored: 0, connectionErrors: 0, serverErrors: 0, kills: 0 }
  let restarting: Promise<void> | undefined
  const agent = keepAlive(CONNECTIONS)

  // Kill after each sixth of the acknowledgements, then restart on a new port.
  const killAt = Array.from({ length: KILLS }, (_, k) => Math.round(((k + 1) * TOTAL) / (KILLS + 1)))
  const maybeKill = (): void => {
    if (restarting || counts.kills >= KILLS || acknowledged.size < (killAt[counts.kills] ?? Infinity)) return
    counts.kills += 1
    restarting = (async () => {
      await server.kill()
      server = await startServer(env())
      restarting = undefined
    })()
  }

  const worker = async (): Promise<void> => {
    for (let body = pending.pop(); body; body = pending.pop()) {
      for (let tries = 1; ; tries++) {
        // A server that stays down without being killed by this test is a failure, not a wait.
        if (tries > 1000) throw new Error(`report ${body.id} not acknowledged after 1000 attempts`)
        if (restarting) await restarting
        counts.attempts += 1
        try {
          const result = await postJson(agent, `${server.url}/v1/platforms/${platform}/reports`, body)
          if (result.status === 201 || result.status === 200) {
            counts[result.status === 201 ? 'created' : 'alreadyStored'] += 1
            acknowledged.set(body.id, result.status)
            maybeKill()
            break
          }
          if (result.status < 500) throw new Error(`unexpected ${result.status}: ${result.body}`)
          counts.serverErrors += 1
        } catch (error) {
          if (error instanceof Error && error.message.startsWith('unexpected')) throw error
          counts.connectionErrors += 1
          await new Promise((resolve) => setTimeout(resolve, 10))
        }
      }
    }
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, worker))
  agent.destroy()
  await server.kill()

  const db = new Database(temp.db)
  const integrity = db.pragma('integrity_check', { simple: true })
  const rows = db.prepare('SELECT id, count(*) AS n FROM reports GROUP BY id').all() as { id: string; n: number }[]
  db.close()
  const stored = new Map(rows.map((row) => [row.id, row.n]))
  const missing = [...acknowledged.keys()].filter((id) => stored.get(id) !== 1)

  console.log(
    `durability: ${TOTAL} reports, ${CONNECTIONS} connections, ${counts.kills} SIGKILLs; ` +
      `${counts.attempts} attempts, ${counts.created} created (201), ${counts.alreadyStored} already stored (200), ` +
      `${counts.connectionErrors} connection errors retried, ${counts.serverErrors} 5xx retried; ` +
      `${acknowledged.size} acknowledged, ${rows.length} rows stored, ${missing.length} acknowledged but missing; ` +
      `integrity_check: ${integrity}`,
  )
  expect(counts.kills).toBe(KILLS)
  expect(acknowledged.size).toBe(TOTAL)
  expect(missing).toEqual([])
  expect(rows.length).toBe(TOTAL)
  expect(integrity).toBe('ok')
})
