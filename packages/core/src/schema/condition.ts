import * as z from 'zod'
import { IdSchema } from './localized'

export type AnswerValue = boolean | number | string
export type Comparison = {
  answer: string
  eq?: AnswerValue
  ne?: AnswerValue
  gt?: number
  gte?: number
  lt?: number
  lte?: number
  in?: (string | number)[]
}
/** Declarative, JSON-serializable conditions over the reader's answers. Never code. */
export type Condition = Comparison | { all: Condition[] } | { any: Condition[] } | { not: Condition }

export const OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in'] as const
const scalar = z.union([z.boolean(), z.number(), z.string()])

export const ComparisonSchema = z
  .strictObject({
    answer: IdSchema.meta({ description: 'Id of the question whose answer is compared.' }),
    eq: scalar.optional(),
    ne: scalar.optional(),
    gt: z.number().optional(),
    gte: z.number().optional(),
    lt: z.number().optional(),
    lte: z.number().optional(),
    in: z.array(z.union([z.string(), z.number()])).min(1).optional(),
  })
  .refine((c) => OPERATORS.filter((op) => c[op] !== undefined).length === 1, {
    message: `needs exactly one operator of ${OPERATORS.join(', ')}`,
  })

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    ComparisonSchema,
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
)
