import * as z from 'zod'
import { GuideSchema, LinkEntrySchema } from './platform'
import { LocalizedSchema } from './localized'
import { ComplaintChannelSchema, DataCategorySchema, LawSchema, VerificationMethodSchema } from './vocabulary'
import { SourceSchema } from './source'

/** Derived by `difficulty()` from the content; see packages/core/src/engine/difficulty.ts. */
export const DifficultySchema = z.strictObject({
  score: z.number().min(0).max(10),
  level: z.enum(['easy', 'medium', 'hard']),
  factors: z.strictObject({
    blockers: z.number(),
    verification: z.number(),
    waiting: z.number(),
    customerService: z.number(),
    revocability: z.number(),
  }),
})
export type Difficulty = z.infer<typeof DifficultySchema>

/** The shared vocabulary entries one guide refers to, copied in so its JSON stands alone. */
export const GlossarySchema = z.strictObject({
  verificationMethods: z.array(VerificationMethodSchema),
  dataCategories: z.array(DataCategorySchema),
  laws: z.array(LawSchema),
  complaintChannels: z.array(ComplaintChannelSchema),
  sources: z.array(SourceSchema),
})
export type Glossary = z.infer<typeof GlossarySchema>

export const CompiledGuideSchema = GuideSchema.extend({
  difficulty: DifficultySchema,
  glossary: GlossarySchema,
  hash: z.string(),
})
export type CompiledGuide = z.infer<typeof CompiledGuideSchema>

export const CompiledLinkSchema = LinkEntrySchema.extend({ hash: z.string() })
export type CompiledLink = z.infer<typeof CompiledLinkSchema>

export const CompiledEntrySchema = z.discriminatedUnion('depth', [CompiledGuideSchema, CompiledLinkSchema])
export type CompiledEntry = z.infer<typeof CompiledEntrySchema>

/** One line of the catalog index: enough to list, search and filter without the full entry. */
export const SummarySchema = z.strictObject({
  id: z.string(),
  depth: z.enum(['guide', 'link']),
  name: LocalizedSchema,
  aliases: z.array(z.string()),
  category: z.string(),
  domains: z.array(z.string()),
  difficulty: DifficultySchema.optional(),
  grade: z.string().optional(),
  lastVerified: z.string().optional(),
  hash: z.string(),
})
export type Summary = z.infer<typeof SummarySchema>

export const CatalogIndexSchema = z.strictObject({
  generatedFrom: z.string(),
  hash: z.string(),
  entries: z.array(SummarySchema),
})
export type CatalogIndex = z.infer<typeof CatalogIndexSchema>
