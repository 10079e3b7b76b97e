import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { entries } from '@deregister/content/catalog'
import type { CompiledGuide } from '@deregister/core'
import { openSqliteStore } from '@deregister/reports/sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url))
const PACKAGE = fileURLToPath(new URL('..', import.meta.url))
const guide = Object.values(entries).find((entry): entry is CompiledGuide => entry.depth === 'guide')!
const step = guide.steps[0]!

let dir: string
let db: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deregister-cli-'))
  db = join(dir, 'reports.db')
  const store = await openSqliteStore(db)
  const add = (id: string, target: string, extra: Record<string, string> = {}): Promise<unknown> =>
    store.insert({ id, platform: guide.id, target, kind: 'outdated', contentHash: 'h', createdAt: `2026-05-0${id.length}T00:00:00.000Z`, ...extra })
  await add('a', step.id, { message: 'menu moved', client: 'ios' })
  await add('bb', step.id, { message: '[click](https://evil.example) <img src=x>\nsecond line' })
  await add('ccc', 'general')
  await add('dddd', 'general')
  await store.setStatus('dddd', 'resolved', new Date())
  await add('eeeee', 'gone-step', { platform: 'retired-platform' } as Record<string, string>)
  await store.close()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// A relative --db is taken from where the command was typed (pnpm's INIT_CWD).
const cli = (...args: string[]): Promise<{ stdout: string }> =>
  run(process.execPath, ['--import', 'tsx', MAIN, '--db', 'reports.db', ...args], {
    cwd: PACKAGE,
    env: { ...process.env, INIT_CWD: dir },
  })

describe('pnpm reports', () => {
  it('lists open reports grouped by platform and target, most reported target first', async () => {
    const { stdout } = await cli()
    expect(stdout).toContain('4 open reports')
    const platformAt = stdout.indexOf(`[${guide.id}] — 3 reports`)
    const stepAt = stdout.indexOf(`  ${step.id} “${step.text['zh-CN']}” (2)`)
    const generalAt = stdout.indexOf('  general (1)')
    expect(platformAt).toBeGreaterThan(-1)
    expect(stepAt).toBeGreaterThan(platformAt)
    expect(generalAt).toBeGreaterThan(stepAt)
    expect(stdout).toContain('[retired-platform] — 1 report')
    expect(stdout).toContain('outdated (ios) 2026-05-01: menu moved  [a]')
    expect(stdout).not.toContain('dddd')
  })

  it('exports a Markdown checklist with reader text made inert', async () => {
    const { stdout } = await cli('--markdown')
    expect(stdout).toMatch(/^# Open reader reports\n/)
    expect(stdout).toContain(`- [ ] \`${step.id}\``)
    expect(stdout).toContain('- [ ] `general` — 1 report')
    expect(stdout).toContain('\\[click\\]\\(https\\://evil\\.example\\) \\<img src\\=x\\> second line')
    expect(stdout).not.toMatch(/\[click\]\(/)
  })

  it('fails with a clear message when the database does not exist', async () => {
    await expect(run(process.execPath, ['--import', 'tsx', MAIN, '--db', join(dir, 'none.db')], { cwd: PACKAGE })).rejects.toMatchObject({
      stderr: expect.stringContaining('No reports database at'),
    })
  })
})
