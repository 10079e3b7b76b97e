import * as z from 'zod'
import { ClientSchema, IdSchema, LocalizedSchema } from './localized'

const base = {
  id: IdSchema,
  text: LocalizedSchema.meta({ description: 'The question as the reader sees it.' }),
  help: LocalizedSchema.optional().meta({ description: 'Where to look to answer it.' }),
  clients: z.array(ClientSchema).min(1).optional().meta({ description: 'Only asked on these clients.' }),
}

export const ChoiceOptionSchema = z.strictObject({ value: IdSchema, label: LocalizedSchema })

/** A question the reader can answer about their own account. */
export const QuestionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('boolean') }),
  z.strictObject({ ...base, type: z.literal('choice'), options: z.array(ChoiceOptionSchema).min(2) }),
  z.strictObject({
    ...base,
    type: z.literal('number'),
    unit: LocalizedSchema.optional(),
    min: z.number().default(0),
    max: z.number().optional(),
  }),
])
export type Question = z.infer<typeof QuestionSchema>
export type QuestionType = Question['type']
