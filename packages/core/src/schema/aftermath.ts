import * as z from 'zod'
import { ConditionSchema } from './condition'
import { DurationSchema, SourcedDurationSchema } from './duration'
import { IdSchema, LocalizedSchema } from './localized'
import { CitesSchema } from './source'

/**
 * A wait after submission, in the order listed: 审核 (review), 冷静期 (cooling-off, during which
 * the reader may revoke), or processing. Completion is the sum of all of them.
 */
export const WaitingPeriodSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(['review', 'cooling-off', 'processing']),
  title: LocalizedSchema,
  duration: SourcedDurationSchema,
  revocable: z
    .union([z.boolean(), z.literal('unknown')])
    .meta({ description: "Whether the reader can withdraw the request during it; 'unknown' when the sources do not say." }),
  howToRevoke: LocalizedSchema.optional(),
  note: LocalizedSchema.optional(),
  sources: CitesSchema,
})
export type WaitingPeriod = z.infer<typeof WaitingPeriodSchema>

/** Something gone for good once the account is deleted; `when` narrows it to some readers. */
export const LossSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(['data', 'linked-service', 'virtual-asset', 'social', 'access', 'device']),
  category: IdSchema.optional().meta({ description: 'Shared data category id.' }),
  title: LocalizedSchema,
  detail: LocalizedSchema.optional(),
  when: ConditionSchema.optional(),
  sources: CitesSchema,
})
export type Loss = z.infer<typeof LossSchema>

/** What the platform keeps after deletion, and for how long. */
export const RetentionSchema = z.strictObject({
  id: IdSchema,
  what: LocalizedSchema,
  duration: SourcedDurationSchema.optional().meta({ description: 'Absent when the source gives no figure.' }),
  holder: LocalizedSchema.optional().meta({ description: 'Who keeps it, e.g. 财付通.' }),
  basis: LocalizedSchema.optional().meta({ description: 'Why, e.g. the E-Commerce Law.' }),
  sources: CitesSchema,
})
export type Retention = z.infer<typeof RetentionSchema>

/** Limits on registering again with the same username, phone number or address. */
export const ReRegistrationSchema = z.strictObject({
  id: IdSchema,
  subject: z.enum(['username', 'phone', 'email', 'real-name', 'account']),
  rule: LocalizedSchema,
  wait: DurationSchema.optional(),
  sources: CitesSchema,
})
export type ReRegistration = z.infer<typeof ReRegistrationSchema>
