import * as z from 'zod'
import { IdSchema, IsoDateSchema, LocalizedSchema } from './localized'

/** Where a claim comes from. Items cite sources by id; the first source is the default. */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1).meta({ description: 'Who published it; "unknown" when the page does not say.' }),
  date: IsoDateSchema.optional().meta({ description: 'Publication date, when the source gives one.' }),
  url: z.url().optional(),
  kind: z.enum(['article', 'official', 'directory', 'law', 'standard']).default('article'),
  note: LocalizedSchema.optional(),
})
export type Source = z.infer<typeof SourceSchema>

/** Source ids backing an item; absent means the platform's first source. */
export const CitesSchema = z.array(IdSchema).min(1).optional()
