/** Fresh SQLite stores in temporary directories, for this package's tests. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { openSqliteStore } from './sqlite'
import type { ReportStore } from './store'

/** A temporary directory for database files, removed by the returned function. */
export function tempDir(): { dir: string; db: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'deregister-reports-'))
  return { dir, db: join(dir, 'reports.db'), remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface TempStore {
  store: ReportStore
  db: string
  dir: string
}

/** A SQLite store opened before all tests of the file (`'all'`) or before each (`'each'`), deleted after. */
export function useTempStore(scope: 'all' | 'each' = 'all'): TempStore {
  const holder = {} as TempStore & { remove: () => void }
  const [before, after] = scope === 'all' ? [beforeAll, afterAll] : [beforeEach, afterEach]
  before(async () => {
    const temp = tempDir()
    Object.assign(holder, temp, { store: await openSqliteStore(temp.db) })
  })
  after(async () => {
    await holder.store.close()
    holder.remove()
  })
  return holder
}
