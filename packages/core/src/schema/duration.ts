import * as z from 'zod'
import { IdSchema, LocalizedSchema } from './localized'

export const DurationUnitSchema = z.enum(['minutes', 'hours', 'days', 'workdays', 'months', 'years'])
export type DurationUnit = z.infer<typeof DurationUnitSchema>

/**
 * A length of time as a range. `max` absent means the upper bound is unknown ("几天");
 * `approximate` marks figures the source gives loosely ("通常", "数月到一年").
 */
export const DurationSchema = z
  .strictObject({
    min: z.number().nonnegative(),
    max: z.number().nonnegative().optional(),
    unit: DurationUnitSchema,
    approximate: z.boolean().default(false),
  })
  .refine((d) => d.max === undefined || d.max >= d.min, { message: 'max must be ≥ min', path: ['max'] })
export type Duration = z.infer<typeof DurationSchema>

/** One side of a disagreement: what a source says, in its own terms. */
export const ClaimSchema = z.strictObject({
  value: DurationSchema,
  source: IdSchema,
  statement: LocalizedSchema.meta({ description: 'What the source says, paraphrased.' }),
})
export type Claim = z.infer<typeof ClaimSchema>

/**
 * Sources (or one source with itself) disagree on a duration. All claims are kept and shown;
 * the engine takes the conservative one for the question it answers (the shortest window
 * to act in, the longest wait).
 */
export const DisputedDurationSchema = z.strictObject({
  disputed: z.array(ClaimSchema).min(2, 'a disagreement needs at least two claims'),
  note: LocalizedSchema.optional(),
})
export type DisputedDuration = z.infer<typeof DisputedDurationSchema>

export const SourcedDurationSchema = z.union([DurationSchema, DisputedDurationSchema])
export type SourcedDuration = z.infer<typeof SourcedDurationSchema>

/**
 * Any other claim sources (or one source with itself) disagree on: what each side says and
 * who says it. Shown to readers as is; nothing picks a winner.
 */
export const DisagreementSchema = z.strictObject({
  id: IdSchema,
  topic: LocalizedSchema,
  claims: z
    .array(z.strictObject({ statement: LocalizedSchema, source: IdSchema }))
    .min(2, 'a disagreement needs at least two claims'),
  note: LocalizedSchema.optional(),
})
export type Disagreement = z.infer<typeof DisagreementSchema>
