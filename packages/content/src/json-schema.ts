import * as z from 'zod'
import { EntrySchema, VocabularySchema } from '@deregister/core/schema'

/**
 * Draft-07 JSON Schemas for editors (yaml-language-server): each content file names one on
 * its first line, so mistakes are underlined while typing. Generated, never hand-edited.
 */
export function jsonSchemas(): Record<string, unknown> {
  const make = (schema: z.ZodType, title: string): unknown => ({
    ...z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }),
    title,
  })
  return {
    'platform.schema.json': make(EntrySchema, 'Deregister platform entry (content/platforms/*.yaml)'),
    'vocabulary.schema.json': make(VocabularySchema, 'Deregister shared vocabulary (content/shared/*.yaml)'),
  }
}
