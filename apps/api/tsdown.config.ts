import { defineConfig } from 'tsdown'

// `pnpm start` runs the Node entry as JavaScript: dependencies stay external (node_modules), so
// better-sqlite3's native module and the reference UI's script load from their packages.
export default defineConfig({
  entry: { node: 'src/node.ts' },
  format: 'esm',
  platform: 'node',
  dts: false,
})
