import { defineConfig } from 'tsdown'

// Two entries: the engine (no zod) and the schemas. The holiday JSON is inlined so the
// build runs anywhere without resolving chinese-days at run time.
export default defineConfig({
  entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
  format: 'esm',
  platform: 'neutral',
  dts: true,
  noExternal: [/^chinese-days/],
  external: ['zod'],
})
