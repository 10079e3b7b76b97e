/**
 * @module
 * The request and response schemas of `/v1`, derived from core's zod schemas. They feed both
 * request validation and the OpenAPI 3.1 document.
 */
import * as z from 'zod'
import {
  AnswersSchema,
  CheckViewSchema,
  ClientSchema,
  CompiledGuideSchema,
  CompiledLinkSchema,
  EvaluationSchema,
  IsoDateSchema,
  LOCALES,
  QuestionSchema,
  SummarySchema,
  TimelineSchema,
} from '@deregister/core/schema'
import { allLanguagesSchema, localizedSchema } from './localized'

export const LangQuerySchema = z
  .enum(LOCALES)
  .optional()
  .meta({ description: 'Language of every text; default from Accept-Language, else zh-CN.' })

export const LangOnlyQuerySchema = z.object({ lang: LangQuerySchema })

export const IdParamsSchema = z.object({
  id: z.string().max(200).meta({ description: 'Platform id (slug).', example: 'wechat' }),
})

export const GuideOutSchema = localizedSchema(CompiledGuideSchema).meta({
  id: 'Guide',
  description: 'A full guide, in one language.',
})
/** `?lang=all`: the compiled guide itself, every text as `{ "zh-CN": …, "en": … }`. */
export const GuideAllLanguagesOutSchema = allLanguagesSchema(CompiledGuideSchema).meta({
  id: 'GuideAllLanguages',
  description:
    'A full guide with every text in every language (`?lang=all`): the form clients that switch language themselves, such as the widget, read.',
})
export const LinkOutSchema = CompiledLinkSchema.meta({
  id: 'LinkEntry',
  description: 'A link-level entry from a public directory.',
})
export const EntryOutSchema = z
  .union([GuideOutSchema, GuideAllLanguagesOutSchema, LinkOutSchema])
  .meta({ id: 'Entry' })
export const SummaryOutSchema = localizedSchema(SummarySchema).meta({ id: 'Summary' })

export const ListQuerySchema = z.object({
  q: z
    .string()
    .max(100)
    .optional()
    .meta({ description: 'Name, alias or id, in either language: 微信, wechat, wx.' }),
  category: z.string().max(64).optional().meta({ example: 'social' }),
  domain: z.string().max(253).optional().meta({
    description: 'A host or URL; matches entries listing it or a parent domain.',
    example: 'mp.weixin.qq.com',
  }),
  depth: z.enum(['guide', 'link']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  lang: LangQuerySchema,
})
export const ListOutSchema = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    items: z.array(SummaryOutSchema),
  })
  .meta({ id: 'PlatformList' })

export const EntryQuerySchema = z.object({
  client: ClientSchema.optional().meta({
    description: 'Narrow steps, verification and questions to one client.',
  }),
  lang: z
    .enum([...LOCALES, 'all'])
    .optional()
    .meta({
      description:
        'Language of every text; `all` keeps every language (`{ "zh-CN": …, "en": … }`). Default from Accept-Language, else zh-CN.',
    }),
})

/** The questionnaire is always in one language. */
export const QuestionsQuerySchema = z.object({
  client: EntryQuerySchema.shape.client,
  lang: LangQuerySchema,
})

export const QuestionOutSchema = localizedSchema(QuestionSchema).meta({ id: 'Question' })
export const QuestionsOutSchema = z
  .object({
    platform: z.string(),
    client: ClientSchema.nullable(),
    questions: z.array(QuestionOutSchema),
  })
  .meta({ id: 'Questionnaire' })

/** Earliest accepted start date and latest: the calendar data and the ISO format's bounds. */
export const START_DATE_RANGE = { min: '1970-01-01', max: '2199-12-31' } as const

export const EligibilityBodySchema = z
  .strictObject({
    answers: AnswersSchema.default({}).meta({
      description: 'Question id → answer (boolean, number or option value).',
    }),
    client: ClientSchema.optional(),
    startDate: IsoDateSchema.refine((d) => d >= START_DATE_RANGE.min && d <= START_DATE_RANGE.max, {
      message: `expected a date from ${START_DATE_RANGE.min} to ${START_DATE_RANGE.max}`,
    })
      .optional()
      .meta({
        description: `Day the reader starts, from ${START_DATE_RANGE.min} to ${START_DATE_RANGE.max}; default today in Asia/Shanghai.`,
        example: '2026-09-28',
        // JSON Schema's bounds for formatted strings (ajv-formats), so validators can check the range too.
        formatMinimum: START_DATE_RANGE.min,
        formatMaximum: START_DATE_RANGE.max,
      }),
  })
  .meta({ id: 'EligibilityRequest' })

export const EligibilityOutSchema = z
  .object({
    platform: EvaluationSchema.shape.platform,
    client: EvaluationSchema.shape.client,
    verdict: EvaluationSchema.shape.verdict,
    timeline: TimelineSchema.pick({
      start: true,
      submission: true,
      completion: true,
      revocableUntil: true,
      approximate: true,
    }).meta({
      description:
        'The dates for machines: start, earliest submission and completion, end of the revocation window.',
    }),
    view: CheckViewSchema.meta({
      description:
        "The reader's view: verdict text, grouped requirements, ordered plan, timeline, losses — every text in one language.",
    }),
  })
  .meta({ id: 'EligibilityResult' })

export const HealthSchema = z
  .object({ status: z.literal('ok'), catalog: z.string(), entries: z.number().int() })
  .meta({ id: 'Health' })
