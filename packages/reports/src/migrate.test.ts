import { readFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { renderModule } from '../migrations/bundle.mjs'
import { tempDir } from './test-support'
import { appliedVersions, migrate, splitStatements } from './migrate'
import type { Migration } from './migrate'
import { migrations } from './migrations.generated'
import { sqliteDriver } from './sqlite'

describe('migrations', () => {
  let temp: ReturnType<typeof tempDir>
  beforeEach(() => void (temp = tempDir()))
  afterEach(() => temp.remove())

  it('bundles exactly the SQL files of packages/reports/migrations (run node migrations/bundle.mjs)', () => {
    const bundled = readFileSync(new URL('./migrations.generated.ts', import.meta.url), 'utf8')
    expect(bundled).toBe(renderModule())
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1))
  })

  it('applies each version once and records it in schema_migrations', async () => {
    const driver = sqliteDriver(new Database(temp.db))
    expect(await migrate(driver, migrations)).toEqual(migrations.map((m) => m.version))
    expect(await migrate(driver, migrations)).toEqual([])
    expect([...(await appliedVersions(driver))]).toEqual(migrations.map((m) => m.version))
  })

  it('lets two connections race to migrate the same file without error or double work', async () => {
    const a = sqliteDriver(new Database(temp.db))
    const b = sqliteDriver(new Database(temp.db))
    const [fromA, fromB] = await Promise.all([migrate(a, migrations), migrate(b, migrations)])
    expect([...fromA, ...fromB].sort()).toEqual(migrations.map((m) => m.version))
  })

  it('leaves a failing migration wholly unapplied', async () => {
    const driver = sqliteDriver(new Database(temp.db))
    const broken: Migration = { version: 99, name: 'broken', sql: 'CREATE TABLE t (x INTEGER);\nINSERT INTO nowhere VALUES (1);' }
    await expect(migrate(driver, [...migrations, broken])).rejects.toThrow(/nowhere/)
    expect((await appliedVersions(driver)).has(99)).toBe(false)
    expect(await driver.all("SELECT name FROM sqlite_master WHERE name = 't'")).toEqual([])
  })

  it('splits statements at line-ending semicolons and drops comments', () => {
    expect(splitStatements('-- note; here\nCREATE TABLE a (x);\n\nCREATE INDEX i ON a (x);\n')).toEqual([
      'CREATE TABLE a (x)',
      'CREATE INDEX i ON a (x)',
    ])
  })
})
