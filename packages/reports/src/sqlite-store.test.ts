import { describe, expect, it } from 'vitest'
import { useTempStore } from './test-support'
import { openDatabase, openSqliteStore, resolveDbPath } from './sqlite'
import type { NewReport } from './store'

const report = (id: string, overrides: Partial<NewReport> = {}): NewReport => ({
  id,
  platform: 'coinbox',
  target: 'open',
  kind: 'outdated',
  contentHash: 'h1',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
})

describe('SQLite report store', () => {
  const temp = useTempStore('each')

  it('stores a report once and returns the stored one for the same id', async () => {
    const first = await temp.store.insert(report('a', { message: '菜单改了' }))
    const again = await temp.store.insert(report('a', { message: 'something else', createdAt: '2030-01-01T00:00:00Z' }))
    expect(first.created).toBe(true)
    expect(again).toEqual({ created: false, report: first.report })
    expect(first.report).toMatchObject({ id: 'a', status: 'open', message: '菜单改了' })
    expect(first.report).not.toHaveProperty('closedAt')
  })

  it('lists with filters and counts the total beyond the page', async () => {
    await temp.store.insert(report('a'))
    await temp.store.insert(report('b', { kind: 'wrong', createdAt: '2026-01-02T00:00:00Z' }))
    await temp.store.insert(report('c', { platform: 'other', createdAt: '2026-01-03T00:00:00Z' }))
    await temp.store.setStatus('b', 'resolved', new Date())
    expect((await temp.store.list({ platform: 'coinbox' })).reports.map((r) => r.id)).toEqual(['a', 'b'])
    expect((await temp.store.list({ kind: 'wrong' })).reports.map((r) => r.id)).toEqual(['b'])
    expect((await temp.store.list({ status: 'open' })).reports.map((r) => r.id)).toEqual(['a', 'c'])
    expect(await temp.store.list({ limit: 1, offset: 1 })).toMatchObject({ total: 3, reports: [{ id: 'b' }] })
  })

  it('stamps the first closing time and clears it on reopening', async () => {
    await temp.store.insert(report('a'))
    const resolved = await temp.store.setStatus('a', 'resolved', new Date('2026-02-01T00:00:00Z'))
    const dismissed = await temp.store.setStatus('a', 'dismissed', new Date('2026-03-01T00:00:00Z'))
    expect(resolved?.closedAt).toBe('2026-02-01T00:00:00.000Z')
    expect(dismissed).toMatchObject({ status: 'dismissed', closedAt: '2026-02-01T00:00:00.000Z' })
    expect(await temp.store.setStatus('a', 'open', new Date())).not.toHaveProperty('closedAt')
    expect(await temp.store.setStatus('missing', 'resolved', new Date())).toBeUndefined()
  })

  it('purges only closed reports closed before the cut-off', async () => {
    for (const id of ['old-resolved', 'old-dismissed', 'new-resolved', 'old-open']) await temp.store.insert(report(id))
    await temp.store.setStatus('old-resolved', 'resolved', new Date('2026-01-01T00:00:00Z'))
    await temp.store.setStatus('old-dismissed', 'dismissed', new Date('2026-01-01T00:00:00Z'))
    await temp.store.setStatus('new-resolved', 'resolved', new Date('2026-06-01T00:00:00Z'))
    expect(await temp.store.purgeClosedBefore(new Date('2026-03-01T00:00:00Z'))).toBe(2)
    expect((await temp.store.list()).reports.map((r) => r.id).sort()).toEqual(['new-resolved', 'old-open'])
  })

  it('opens the file in WAL mode with a full fsync on every commit', () => {
    const db = openDatabase(temp.db)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // 2 = FULL
    db.close()
  })

  it('opens read-only for the command line and refuses a file that does not exist', async () => {
    await temp.store.insert(report('a'))
    const reader = await openSqliteStore(temp.db, { readonly: true })
    expect((await reader.list()).total).toBe(1)
    await expect(reader.insert(report('b'))).rejects.toThrow(/readonly/)
    await reader.close()
    await expect(openSqliteStore(`${temp.dir}/none.db`, { readonly: true })).rejects.toThrow()
  })
})

describe('database path', () => {
  it('defaults to .data/deregister.db under the directory the command was typed in', () => {
    expect(resolveDbPath({ INIT_CWD: '/repo' })).toBe('/repo/.data/deregister.db')
    expect(resolveDbPath({ INIT_CWD: '/repo', DEREGISTER_DB: 'x/y.db' })).toBe('/repo/x/y.db')
    expect(resolveDbPath({ DEREGISTER_DB: '/abs/r.db' })).toBe('/abs/r.db')
  })
})
