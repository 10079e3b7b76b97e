import { defineConfig } from 'tsdown'
import { HOLIDAYS, MAKE_UP_WORKDAYS } from './src/calendar/holiday-data'

/**
 * The engine needs only which days are holidays and which are make-up workdays. The source
 * computes them from chinese-days as two short strings (src/calendar/holiday-data.ts); the build
 * inlines those strings in place of that module, so no bundle carries the package's JSON (with
 * the holidays' names, ~1.9 KB gzip even as bare date keys) or the encoder (~0.45 KB left).
 */
const calendarAsStrings = {
  name: 'calendar-as-strings',
  load(id: string) {
    if (!/[\\/]src[\\/]calendar[\\/]holiday-data\.ts$/.test(id)) return null
    const code = `export const HOLIDAYS = ${JSON.stringify(HOLIDAYS)}\nexport const MAKE_UP_WORKDAYS = ${JSON.stringify(MAKE_UP_WORKDAYS)}\n`
    return { code, moduleType: 'js' as const }
  },
}

// Entries: the engine (no zod), the schemas, and the sources' presentation (no zod). The holiday data is inlined (above), so
// the build runs anywhere without resolving chinese-days at run time.
export default defineConfig({
  entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', 'present-sources': 'src/present/sources.ts' },
  format: 'esm',
  platform: 'neutral',
  dts: true,
  noExternal: [/^chinese-days/],
  external: ['zod'],
  plugins: [calendarAsStrings],
})
