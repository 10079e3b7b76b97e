/**
 * @module
 * Flattens a JSON Schema (generated from the zod schemas) into reference tables: one row
 * per field with its path, type, whether it is required, and its description.
 */

export interface SchemaNode {
  type?: string | string[]
  properties?: Record<string, SchemaNode>
  required?: string[]
  items?: SchemaNode
  enum?: unknown[]
  const?: unknown
  format?: string
  anyOf?: SchemaNode[]
  oneOf?: SchemaNode[]
  $ref?: string
  description?: string
  default?: unknown
  additionalProperties?: SchemaNode | boolean
}

export interface SchemaRow {
  path: string
  type: string
  required: boolean
  description: string
}

const refName = (ref: string): string => ref.split('/').at(-1) ?? ref

function isLocalized(s: SchemaNode): boolean {
  const keys = Object.keys(s.properties ?? {})
  return keys.length === 2 && keys.includes('zh-CN') && keys.includes('en')
}

export function typeLabel(s: SchemaNode): string {
  if (s.$ref) return refName(s.$ref)
  if (s.const !== undefined) return JSON.stringify(s.const)
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ')
  const variants = s.anyOf ?? s.oneOf
  if (variants) return variants.map(typeLabel).join(' | ')
  if (isLocalized(s)) return 'text { zh-CN, en }'
  if (s.type === 'array') return `${s.items ? typeLabel(s.items) : 'unknown'}[]`
  if (s.type === 'object' && typeof s.additionalProperties === 'object') return `record<string, ${typeLabel(s.additionalProperties)}>`
  if (s.format) return `${String(s.type)} (${s.format})`
  return Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'any')
}

/** Rows for `schema` and everything nested in it; `$ref`s stay references (no recursion). */
export function flatten(schema: SchemaNode, path = '', rows: SchemaRow[] = []): SchemaRow[] {
  const objects = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]
  const inner = (s: SchemaNode): SchemaNode | undefined => (s.type === 'array' ? s.items : s)
  for (const obj of objects) {
    if (!obj.properties || isLocalized(obj)) continue
    for (const [key, child] of Object.entries(obj.properties)) {
      const p = path ? `${path}.${key}` : key
      rows.push({ path: p, type: typeLabel(child), required: !!obj.required?.includes(key), description: child.description ?? '' })
      const next = inner(child)
      if (next && !next.$ref) flatten(next, child.type === 'array' ? `${p}[]` : p, rows)
    }
  }
  return rows
}
