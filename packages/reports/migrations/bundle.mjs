#!/usr/bin/env node
// Bundles migrations/NNNN_name.sql into src/migrations.generated.ts, so Node and workerd
// apply the very same SQL without reading files at run time (workerd has no file system).
// Run after adding a migration: `node migrations/bundle.mjs`. A test keeps the two in step.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { URL, fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('.', import.meta.url))
const target = fileURLToPath(new URL('../src/migrations.generated.ts', import.meta.url))

/** @returns {{ version: number, name: string, sql: string }[]} */
export function readMigrations() {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file.slice(5, -4),
      sql: readFileSync(dir + file, 'utf8'),
    }))
}

/** @returns {string} */
export function renderModule() {
  return [
    '// Generated from packages/reports/migrations/*.sql by migrations/bundle.mjs. Do not edit.',
    "import type { Migration } from './migrate'",
    '',
    `export const migrations: readonly Migration[] = ${JSON.stringify(readMigrations(), null, 2)}`,
    '',
  ].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(target, renderModule())
  process.stdout.write(`wrote ${target}\n`)
}
