/**
 * @module
 * The schema reference, generated at build time from the zod schemas of
 * `@deregister/core/schema` (through `@deregister/content`'s JSON Schema export).
 */
import { defineLoader } from 'vitepress'
import { jsonSchemas } from '@deregister/content'
import { flatten, typeLabel } from '../lib/schema-rows'
import type { SchemaNode, SchemaRow } from '../lib/schema-rows'

export interface SchemaTable {
  id: string
  title: string
  rows: SchemaRow[]
}

declare const data: SchemaTable[]
export { data }

export default defineLoader({
  load(): SchemaTable[] {
    const schemas = jsonSchemas() as Record<string, SchemaNode & { definitions?: Record<string, SchemaNode> }>
    const platform = schemas['platform.schema.json'] ?? {}
    const vocabulary = schemas['vocabulary.schema.json'] ?? {}
    const entryTitle = (s: SchemaNode): string => `depth: ${JSON.stringify(s.properties?.depth?.const ?? '?')}`
    const tables: SchemaTable[] = [
      ...(platform.oneOf ?? platform.anyOf ?? []).map((s) => ({
        id: `entry-${String(s.properties?.depth?.const ?? 'entry')}`,
        title: `content/platforms/*.yaml — ${entryTitle(s)}`,
        rows: flatten(s),
      })),
      { id: 'vocabulary', title: 'content/shared/*.yaml', rows: flatten(vocabulary) },
    ]
    const defs = { ...platform.definitions, ...vocabulary.definitions }
    for (const [name, s] of Object.entries(defs))
      tables.push({ id: `def-${name}`, title: name, rows: flatten(s).length ? flatten(s) : [{ path: '(value)', type: typeLabel(s), required: true, description: s.description ?? '' }] })
    return tables
  },
})
