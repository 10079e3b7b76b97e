import * as z from 'zod'
import { IdSchema, IsoDateSchema, LocalizedSchema } from './localized'

/**
 * What a source is, so readers can weigh it: `official` (the platform's own screens, help
 * centre or agreements), `press` (a newspaper or news agency), `secondary` (a tutorial or SEO
 * article), `directory` (a public list of deletion links), `law` and `standard`.
 */
export const SOURCE_KINDS = ['official', 'press', 'secondary', 'directory', 'law', 'standard'] as const
export const SourceKindSchema = z.enum(SOURCE_KINDS)
export type SourceKind = z.infer<typeof SourceKindSchema>

/** The date a source gives, or `undated` when it gives none (shown as such, never guessed). */
export const SourceDateSchema = z
  .union([IsoDateSchema, z.literal('undated')])
  .meta({ description: 'Publication date (YYYY-MM-DD), or "undated" when the source gives none.' })

/** Where a claim comes from. Items cite sources by id. */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  publisher: z
    .string()
    .min(1)
    .refine((p) => !/^(unknown|n\/?a|不明|未知)$/i.test(p.trim()), {
      message: 'leave publisher out when the page does not say who published it (shown as "publisher not stated")',
    })
    .optional()
    .meta({ description: 'Who published it; left out when the page does not say.' }),
  date: SourceDateSchema.default('undated'),
  url: z.url({ protocol: /^https?$/ }).optional(),
  kind: SourceKindSchema.default('secondary'),
  note: LocalizedSchema.optional(),
})
export type Source = z.infer<typeof SourceSchema>

/** Source ids backing an item. Requirements, steps, waits, losses and retention must cite. */
export const CitesSchema = z.array(IdSchema).min(1).optional()
