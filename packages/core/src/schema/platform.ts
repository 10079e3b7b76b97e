import * as z from 'zod'
import { LossSchema, ReRegistrationSchema, RetentionSchema, WaitingPeriodSchema } from './aftermath'
import { DisagreementSchema } from './duration'
import { ClientEntrySchema, StepSchema, VerificationSchema } from './flow'
import {
  AlternativeSchema,
  BackupSchema,
  ConsequenceSchema,
  LegalSchema,
  SpecialAccountSchema,
  TroubleshootingSchema,
} from './guidance'
import { IdSchema, IsoDateSchema, LocalizedSchema } from './localized'
import { QuestionSchema } from './question'
import { RequirementSchema } from './requirement'
import { SourceSchema } from './source'

export const DomainSchema = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/, 'a lowercase host name such as weixin.qq.com')

/** A web address readers open: http or https only, never javascript: or data:. */
const WebUrlSchema = z.url({ protocol: /^https?$/ })

/** What every entry has, whatever its depth. */
const identity = {
  id: IdSchema.meta({ description: 'Slug used in URLs: wechat, xiaomi-account.' }),
  aliases: z.array(z.string().min(1)).default([]).meta({ description: 'Other names readers search for.' }),
  category: IdSchema.meta({ description: 'social, mail, device-ecosystem, …' }),
  domains: z.array(DomainSchema).default([]),
  sources: z.array(SourceSchema).min(1, 'every entry cites at least one source'),
}

export const GradeSchema = z.enum(['easy', 'medium', 'hard', 'limited', 'impossible'])
export type Grade = z.infer<typeof GradeSchema>

/** A link found in a public directory, kept with the grade that directory gave it. */
export const DirectoryLinkSchema = z.strictObject({
  url: z.url(),
  grade: GradeSchema.optional(),
  source: IdSchema,
})

/** A full guide: everything the content model can say about one platform's deletion. */
export const GuideSchema = z.strictObject({
  ...identity,
  depth: z.literal('guide'),
  name: LocalizedSchema,
  vendor: LocalizedSchema,
  summary: LocalizedSchema,
  links: z.array(z.strictObject({ label: LocalizedSchema, url: z.url() })).default([]),
  lastVerified: IsoDateSchema.meta({
    description: 'When the sources were last reviewed against the content; each source shows its own date. Not a test of the live flow.',
  }),
  clients: z.array(ClientEntrySchema).min(1),
  steps: z.array(StepSchema).min(1),
  questions: z.array(QuestionSchema).default([]),
  requirements: z.array(RequirementSchema).default([]),
  verification: z.array(VerificationSchema).default([]),
  waitingPeriods: z.array(WaitingPeriodSchema).default([]),
  losses: z.array(LossSchema).default([]),
  retention: z.array(RetentionSchema).default([]),
  reRegistration: z.array(ReRegistrationSchema).default([]),
  backups: z.array(BackupSchema).default([]),
  alternatives: z.array(AlternativeSchema).default([]),
  troubleshooting: z.array(TroubleshootingSchema).default([]),
  specialAccounts: z.array(SpecialAccountSchema).default([]),
  consequences: z.array(ConsequenceSchema).default([]),
  disagreements: z
    .array(DisagreementSchema)
    .default([])
    .meta({ description: 'Claims sources disagree on, other than durations (those are `disputed`).' }),
  legal: LegalSchema.default({ basis: [], complaint: [], notes: [] }),
  directory: z.array(DirectoryLinkSchema).default([]).meta({ description: 'Links public directories list for it.' }),
})
export type Guide = z.infer<typeof GuideSchema>

/** A link-level entry, the shape of public directories: breadth beside depth. */
export const LinkEntrySchema = z.strictObject({
  ...identity,
  depth: z.literal('link'),
  name: z.string().min(1),
  url: WebUrlSchema,
  urls: z.record(z.string(), WebUrlSchema).default({}).meta({ description: 'Deletion URL by language tag where it differs.' }),
  grade: GradeSchema.optional().meta({ description: "The grade the entry's source gave; not ours." }),
  gradeSource: IdSchema.optional(),
  notes: z.record(z.string(), z.string()).default({}).meta({ description: 'Notes by language tag.' }),
  email: z
    .strictObject({ address: z.string().min(3), subject: z.string().optional(), body: z.string().optional(), mailto: z.string() })
    .optional(),
})
export type LinkEntry = z.infer<typeof LinkEntrySchema>

export const EntrySchema = z.discriminatedUnion('depth', [GuideSchema, LinkEntrySchema])
export type Entry = z.infer<typeof EntrySchema>
