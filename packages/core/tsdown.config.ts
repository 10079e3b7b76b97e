import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsdown'

/**
 * The engine needs only which dates are holidays and which are make-up workdays, not the
 * holidays' names: keep the keys, drop the names (about 1.4 KB gzip less in every bundle,
 * the widget's included). The shape stays the same, so source and build read it alike.
 */
const calendarDatesOnly = {
  name: 'calendar-dates-only',
  load(id: string) {
    if (!id.endsWith('chinese-days/dist/chinese-days.json')) return null
    const data = JSON.parse(readFileSync(id, 'utf8')) as Record<string, Record<string, string>>
    const keysOnly = (o: Record<string, string> = {}): Record<string, 0> =>
      Object.fromEntries(Object.keys(o).map((k) => [k, 0]))
    const compact = { holidays: keysOnly(data.holidays), workdays: keysOnly(data.workdays) }
    return { code: `export default ${JSON.stringify(compact)}`, moduleType: 'js' as const }
  },
}

// Two entries: the engine (no zod) and the schemas. The holiday data is inlined so the
// build runs anywhere without resolving chinese-days at run time.
export default defineConfig({
  entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
  format: 'esm',
  platform: 'neutral',
  dts: true,
  noExternal: [/^chinese-days/],
  external: ['zod'],
  plugins: [calendarDatesOnly],
})
