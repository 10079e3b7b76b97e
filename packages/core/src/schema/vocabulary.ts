import * as z from 'zod'
import { DurationSchema } from './duration'
import { IdSchema, LocalizedSchema } from './localized'
import { SourceSchema } from './source'

export const VerificationMethodSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedSchema,
  description: LocalizedSchema,
  burden: z.number().int().min(1).max(3).meta({ description: '1 = a code, 3 = face or documents.' }),
})
export type VerificationMethod = z.infer<typeof VerificationMethodSchema>

export const DataCategorySchema = z.strictObject({ id: IdSchema, name: LocalizedSchema, description: LocalizedSchema })
export type DataCategory = z.infer<typeof DataCategorySchema>

export const LawSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedSchema,
  provision: LocalizedSchema.meta({ description: 'Article or section, e.g. 第四十七条.' }),
  summary: LocalizedSchema,
  maxProcessing: DurationSchema.optional().meta({ description: 'A deadline the provision sets.' }),
  source: IdSchema,
})
export type Law = z.infer<typeof LawSchema>

export const ComplaintChannelSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedSchema,
  how: z.array(LocalizedSchema).min(1),
  url: z.url().optional(),
  phone: z
    .string()
    .regex(/^\+?\d[\d -]{1,18}\d$/, 'expected a number as dialled, digits with optional spaces or dashes')
    .optional()
    .meta({ description: 'A hotline as dialled in mainland China, e.g. 12300.' }),
  source: IdSchema,
})
export type ComplaintChannel = z.infer<typeof ComplaintChannelSchema>

/** content/shared/*.yaml: vocabularies several platforms reuse. Each file holds any subset. */
export const VocabularySchema = z.strictObject({
  sources: z.array(SourceSchema).default([]),
  verificationMethods: z.array(VerificationMethodSchema).default([]),
  dataCategories: z.array(DataCategorySchema).default([]),
  laws: z.array(LawSchema).default([]),
  complaintChannels: z.array(ComplaintChannelSchema).default([]),
})
export type Vocabulary = z.infer<typeof VocabularySchema>
