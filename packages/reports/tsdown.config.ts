import { defineConfig } from 'tsdown'

// Two entries: the portable part (schema, store, D1, migrations, purge: Node and workerd) and the
// SQLite store (Node only, so a worker bundle never pulls in better-sqlite3).
export default defineConfig({
  entry: { index: 'src/index.ts', sqlite: 'src/sqlite.ts' },
  format: 'esm',
  platform: 'node',
  dts: true,
})
