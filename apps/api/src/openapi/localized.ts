/**
 * Response schemas in one language: the API localizes every `{ zh-CN, en }` text to a string,
 * so its OpenAPI document must describe the same shapes with `LocalizedSchema` replaced by a
 * string. Built from core's zod schemas, so the document can never drift from the content model.
 */
import * as z from 'zod'
import { LocalizedSchema } from '@deregister/core/schema'
import type { localize } from '@deregister/core'

/** `T` with every `{ zh-CN, en }` text as a string, as `localize()` returns it. */
export type InOneLanguage<T> = ReturnType<typeof localize<T>>

type Def = {
  type: string
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  innerType?: z.ZodType
  options?: z.ZodType[]
  keyType?: z.ZodType
  valueType?: z.ZodType
  getter?: () => z.ZodType
  in?: z.ZodType
  out?: z.ZodType
  catchall?: z.ZodType
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def

// Conditions are recursive (z.lazy), which the OpenAPI generator cannot walk; documents
// show them as an object with their grammar in the description.
const condition = z.looseObject({}).meta({
  id: 'Condition',
  description:
    'A declarative condition over answers: { answer, eq | ne | gt | gte | lt | lte | in }, { all: [...] }, { any: [...] } or { not: ... }.',
})

const text = z
  .string()
  .meta({ description: 'Text in the requested language (?lang or Accept-Language).' })

function children(d: Def): z.ZodType[] {
  return [
    ...Object.values(d.shape ?? {}),
    ...(d.options ?? []),
    ...[d.element, d.innerType, d.keyType, d.valueType, d.in, d.out].filter(
      (x): x is z.ZodType => !!x,
    ),
  ]
}

/** Whether a response holds each text in one language, or every language as `{ zh-CN, en }`. */
type Languages = 'one' | 'all'

function needsConversion(schema: z.ZodType, languages: Languages, seen: Set<z.ZodType>): boolean {
  if (schema === LocalizedSchema) return languages === 'one'
  if (seen.has(schema)) return false
  seen.add(schema)
  const d = defOf(schema)
  if (d.type === 'lazy') return true // conditions: replaced by their documented shape below
  return children(d).some((c) => needsConversion(c, languages, seen))
}

function withMeta<T extends z.ZodType>(from: z.ZodType, to: T): T {
  const meta = z.globalRegistry.get(from)
  if (!meta) return to
  // The id names the original component; the one-language copy must not claim it.
  const rest: Record<string, unknown> = { ...meta }
  delete rest.id
  return to.meta(rest) as T
}

function convert(schema: z.ZodType, languages: Languages): z.ZodType {
  if (schema === LocalizedSchema && languages === 'one') return text
  if (defOf(schema).type === 'lazy') return condition
  if (!needsConversion(schema, languages, new Set())) return schema
  const inner = (s: z.ZodType): z.ZodType => convert(s, languages)
  const d = defOf(schema)
  const out = ((): z.ZodType => {
    switch (d.type) {
      case 'object':
        return z.object(Object.fromEntries(Object.entries(d.shape!).map(([k, v]) => [k, inner(v)])))
      case 'array':
        return z.array(inner(d.element!))
      case 'optional':
        return inner(d.innerType!).optional()
      case 'nullable':
        return inner(d.innerType!).nullable()
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
        return inner(d.innerType!)
      case 'union':
        return z.union(d.options!.map(inner) as [z.ZodType, z.ZodType, ...z.ZodType[]])
      case 'record':
        return z.record(d.keyType as z.ZodString, inner(d.valueType!))
      case 'pipe':
        return inner(d.out!)
      default:
        throw new Error(`localizedSchema: unsupported zod type "${d.type}"`)
    }
  })()
  return withMeta(schema, out)
}

/**
 * `schema` with every localized text as a plain string.
 *
 * @example localizedSchema(CompiledGuideSchema).meta({ id: 'Guide' })
 */
export function localizedSchema<T>(schema: z.ZodType<T>): z.ZodType<InOneLanguage<T>> {
  return convert(schema, 'one') as z.ZodType<InOneLanguage<T>>
}

/**
 * `schema` as documented with every language kept (`?lang=all`): the same shapes, with the
 * recursive conditions given their documented form.
 */
export function allLanguagesSchema<T>(schema: z.ZodType<T>): z.ZodType<T> {
  return convert(schema, 'all') as z.ZodType<T>
}
