import * as z from 'zod'
import { DurationSchema } from './duration'
import { ClientSchema, IdSchema, IsoDateSchema, LocalizedSchema } from './localized'
import { RemedySchema } from './requirement'
import { LossSchema } from './aftermath'
import { ConsequenceSchema } from './guidance'

export const AnswerValueSchema = z.union([z.boolean(), z.number(), z.string().max(200)])
export const AnswersSchema = z.record(IdSchema, AnswerValueSchema)

/** What a caller gives `evaluate()`. The caller passes the date: the engine never reads a clock. */
export const EvaluationInputSchema = z.strictObject({
  answers: AnswersSchema.default({}),
  client: ClientSchema.optional(),
  startDate: IsoDateSchema,
})
export type EvaluationInput = z.input<typeof EvaluationInputSchema>

/**
 * A span of possible dates. `latest` is null when a source gives no upper bound;
 * `approximate` when a duration is vague or a date lies past the years the calendar knows.
 */
export const DateRangeSchema = z.strictObject({
  earliest: IsoDateSchema,
  latest: IsoDateSchema.nullable(),
  approximate: z.boolean(),
})
export type DateRange = z.infer<typeof DateRangeSchema>

export const FindingSchema = z.strictObject({
  requirement: IdSchema,
  title: LocalizedSchema,
  severity: z.enum(['blocker', 'warning', 'info']),
  status: z.enum(['fails', 'unknown']).meta({ description: 'fails: it applies; unknown: unanswered.' }),
  missing: z.array(IdSchema).meta({ description: 'Unanswered questions that decide it.' }),
  remedy: RemedySchema,
  failureShare: z.number().optional(),
})
export type Finding = z.infer<typeof FindingSchema>

export const PlanItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('remedy'),
    requirement: IdSchema,
    title: LocalizedSchema,
    steps: z.array(LocalizedSchema),
    duration: DurationSchema,
    after: z.array(IdSchema),
    start: DateRangeSchema,
    done: DateRangeSchema,
  }),
  z.strictObject({ kind: z.literal('step'), step: IdSchema, text: LocalizedSchema, detail: LocalizedSchema.optional() }),
])
export type PlanItem = z.infer<typeof PlanItemSchema>

export const MilestoneSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['remedy', 'submission', 'waiting', 'revocation-deadline', 'completion']),
  title: LocalizedSchema,
  date: DateRangeSchema,
})
export type Milestone = z.infer<typeof MilestoneSchema>

export const TimelineSchema = z.strictObject({
  start: IsoDateSchema,
  submission: DateRangeSchema,
  completion: DateRangeSchema,
  revocableUntil: DateRangeSchema.nullable(),
  milestones: z.array(MilestoneSchema),
  approximate: z.boolean(),
})
export type Timeline = z.infer<typeof TimelineSchema>

export const EvaluationSchema = z.strictObject({
  platform: IdSchema,
  client: ClientSchema.nullable(),
  verdict: z.enum(['ready', 'blocked', 'incomplete']),
  blockers: z.array(FindingSchema),
  warnings: z.array(FindingSchema),
  notes: z.array(FindingSchema),
  missing: z.array(z.strictObject({ question: IdSchema, text: LocalizedSchema })),
  plan: z.array(PlanItemSchema),
  timeline: TimelineSchema,
  losses: z.array(LossSchema.extend({ certainty: z.enum(['certain', 'possible']) })),
  consequences: z.array(ConsequenceSchema),
  specialAccounts: z.array(IdSchema).meta({ description: 'Special accounts the reader said they manage.' }),
  unavailableVerification: z
    .array(IdSchema)
    .meta({ description: 'Verification methods the reader said they cannot use.' }),
})
export type Evaluation = z.infer<typeof EvaluationSchema>
export type Verdict = Evaluation['verdict']
