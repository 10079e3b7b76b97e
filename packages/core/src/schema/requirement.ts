import * as z from 'zod'
import { ConditionSchema } from './condition'
import { DurationSchema } from './duration'
import { ClientSchema, IdSchema, LocalizedSchema } from './localized'
import { CitesSchema } from './source'

/** What the reader does to clear a requirement, how long it takes, and what must come first. */
export const RemedySchema = z.strictObject({
  steps: z.array(LocalizedSchema).min(1),
  duration: DurationSchema.meta({ description: 'How long the remedy takes once started.' }),
  after: z
    .array(IdSchema)
    .default([])
    .meta({ description: 'Ids of requirements whose remedies must be finished first.' }),
  customerService: z
    .boolean()
    .default(false)
    .meta({ description: 'Needs a human at the platform (hotline, ticket).' }),
  menuPath: z.array(LocalizedSchema).optional(),
})
export type Remedy = z.infer<typeof RemedySchema>

/** A share of failed deletions a source attributes to this requirement (0.43 = 43%). */
export const FailureShareSchema = z.strictObject({
  share: z.number().min(0).max(1),
  bound: z
    .enum(['exact', 'more-than'])
    .default('exact')
    .meta({ description: '"more-than" when the source says 超过 / more than.' }),
  of: LocalizedSchema.optional().meta({
    description: 'What it is a share of, as the source says (e.g. 注销失败的工单); default: failed deletions.',
  }),
  source: IdSchema,
  note: LocalizedSchema.optional(),
})
export type FailureShare = z.infer<typeof FailureShareSchema>

/** 前置条件: when it blocks (a condition over answers), how badly, and how to clear it. */
export const RequirementSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedSchema,
  description: LocalizedSchema.optional(),
  when: ConditionSchema.meta({ description: 'Holds when the requirement is NOT met (it blocks/warns).' }),
  severity: z.enum(['blocker', 'warning', 'info']),
  remedy: RemedySchema,
  clients: z.array(ClientSchema).min(1).optional(),
  failureShare: FailureShareSchema.optional(),
  sources: CitesSchema,
})
export type Requirement = z.infer<typeof RequirementSchema>
export type Severity = Requirement['severity']
