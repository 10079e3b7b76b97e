#!/usr/bin/env -S node --import tsx
/**
 * `pnpm reports [--markdown] [--db <file>]`: the open reader reports in the SQLite database
 * the Node server writes (DEREGISTER_DB, default .data/deregister.db), read-only, grouped by
 * platform and target; `--markdown` prints a checklist for fixing content.
 */
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { entries } from '@deregister/content/catalog'
import { openSqliteStore, resolveDbPath } from '@deregister/reports/sqlite'
import { groupReports } from './group'
import { renderMarkdown, renderText } from './render'

const { values } = parseArgs({
  options: { markdown: { type: 'boolean', default: false }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
})
if (values.help) {
  console.log('Usage: pnpm reports [--markdown] [--db <file>]   (default file: DEREGISTER_DB or .data/deregister.db)')
  process.exit(0)
}

const file = resolveDbPath(values.db ? { ...process.env, DEREGISTER_DB: values.db } : process.env)
if (!existsSync(file)) {
  console.error(`No reports database at ${file}: start the API once (pnpm start), or pass --db / set DEREGISTER_DB.`)
  process.exit(1)
}
try {
  const store = await openSqliteStore(file, { readonly: true })
  const { reports } = await store.list({ status: 'open' })
  await store.close()
  const groups = groupReports(reports, entries)
  process.stdout.write(values.markdown ? renderMarkdown(groups, new Date()) : renderText(groups, file))
} catch (error) {
  console.error(`Cannot read reports from ${file}: ${(error as Error).message}`)
  process.exit(1)
}
