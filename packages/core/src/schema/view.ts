import * as z from 'zod'
import { ClientSchema, IdSchema, IsoDateSchema, LocaleSchema } from './localized'
import { DateRangeSchema, EvaluationSchema } from './result'

/**
 * The reader's view of an evaluation, as `presentCheck()` (`@deregister/core/present`) makes
 * it: every string already in one language, every count computed from the list it counts.
 * Frontends render it and word nothing on their own.
 */
const text = z.string()

export const ClientOptionSchema = z.strictObject({ client: ClientSchema, label: text })

export const RequirementItemSchema = z.strictObject({
  id: IdSchema,
  title: text,
  description: text.optional(),
  steps: z.array(text),
  duration: text.meta({ description: 'How long the remedy takes, e.g. "约 3 个工作日", "立即".' }),
  failureShare: text.optional().meta({ description: 'The share of failures a source gives, with what it is a share of and the source.' }),
})

export const RequirementGroupSchema = z.strictObject({
  key: z.enum(['must', 'recommended', 'info']),
  title: text,
  count: z.number().int().meta({ description: 'Always items.length.' }),
  heading: text.meta({ description: 'The title with the count, e.g. "必须先处理（2 项）".' }),
  items: z.array(RequirementItemSchema),
})

export const PlanEntrySchema = z.strictObject({
  requirement: IdSchema,
  title: text,
  required: z.boolean().meta({ description: 'A blocker (holds back submission) rather than a recommendation.' }),
  tag: text,
  steps: z.array(text),
  duration: text,
  after: z.array(z.strictObject({ id: IdSchema, title: text })),
  start: DateRangeSchema,
  done: DateRangeSchema,
  when: text.meta({ description: 'When to start and by when it is done, e.g. "2026年2月13日开始，2月25日前完成".' }),
})

export const ClaimViewSchema = z.strictObject({ duration: text, statement: text, source: text })

export const TimelineEntrySchema = z.strictObject({
  id: z.string().meta({ description: 'Stable: `remedy:<requirement>`, `submission`, `wait:<period>`, `completion`.' }),
  kind: z.enum(['remedy', 'submission', 'waiting', 'completion']),
  title: text,
  date: DateRangeSchema.meta({ description: 'The days it covers; a remedy runs from its start to its end.' }),
  text: text.meta({ description: 'The date phrase.' }),
  notes: z.array(text),
  claims: z.array(ClaimViewSchema).meta({ description: 'When sources disagree on its length: every claim.' }),
})

export const CheckViewSchema = z.strictObject({
  locale: LocaleSchema,
  platform: z.strictObject({ id: IdSchema, name: text }),
  client: ClientOptionSchema.nullable(),
  start: IsoDateSchema,
  verdict: z.strictObject({ value: EvaluationSchema.shape.verdict, text }),
  counts: z.strictObject({
    must: z.number().int(),
    recommended: z.number().int(),
    info: z.number().int(),
    questions: z.number().int(),
  }),
  headings: z.record(z.string(), text),
  questions: z.array(z.strictObject({ id: IdSchema, text })),
  groups: z.array(RequirementGroupSchema),
  plan: z.array(PlanEntrySchema),
  steps: z.array(z.strictObject({ id: IdSchema, text, detail: text.optional() })),
  timeline: z.array(TimelineEntrySchema),
  timelineNote: text.optional(),
  verification: z.array(z.strictObject({ method: IdSchema, text })),
  specialAccounts: z.array(z.strictObject({ id: IdSchema, title: text, text })),
  losses: z.array(z.strictObject({ id: IdSchema, title: text, detail: text.optional(), note: text.optional() })),
  consequences: z.array(z.strictObject({ id: IdSchema, title: text, detail: text, advice: text.optional() })),
})
export type CheckView = z.infer<typeof CheckViewSchema>
export type RequirementGroup = z.infer<typeof RequirementGroupSchema>
export type RequirementItem = z.infer<typeof RequirementItemSchema>
export type PlanEntry = z.infer<typeof PlanEntrySchema>
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>
export type ClaimView = z.infer<typeof ClaimViewSchema>
