/**
 * @module
 * `POST /v1/platforms/{id}/eligibility`: answers → the reader's view of the check (core's
 * `presentCheck`: verdict, grouped requirements, ordered plan, dated timeline, in one language),
 * as JSON or, with `Accept: text/calendar`, as core's iCalendar file. Answers are never logged
 * or stored.
 */
import { OpenAPIHono, createRoute } from '@hono/zod-openapi'
import { evaluate } from '@deregister/core'
import { checkAnswers, planCalendar, presentCheck, startDay } from '@deregister/core/present'
import type { CatalogView } from '../catalog/view'
import type { AppEnv } from '../env'
import { EligibilityBodySchema, EligibilityOutSchema, IdParamsSchema, LangOnlyQuerySchema } from '../openapi/schemas'
import { validationHook } from '../openapi/validation-hook'
import { problem, problemResponses } from '../problem'
import { findGuide, unsupportedClient } from './lookup'

export const eligibilityRoute = createRoute({
  method: 'post',
  path: '/platforms/{id}/eligibility',
  summary: 'Check whether the reader can delete their account now',
  description:
    'Evaluates the answers with the engine and answers the reader\'s view of the result (`view`), every text in ' +
    'the requested language, beside the raw verdict and dates. `startDate` defaults to today in Asia/Shanghai. ' +
    'Send `Accept: text/calendar` for the dated milestones as an iCalendar file.',
  request: {
    params: IdParamsSchema,
    query: LangOnlyQuerySchema,
    body: { required: true, content: { 'application/json': { schema: EligibilityBodySchema } } },
  },
  responses: {
    200: {
      description: 'Verdict, blockers, ordered plan and timeline',
      content: {
        'application/json': { schema: EligibilityOutSchema },
        'text/calendar': { schema: { type: 'string' as const } },
      },
    },
    ...problemResponses({
      400: 'Invalid body or answers',
      404: 'Unknown platform, or a link-level entry',
      413: 'Body over 16 KiB',
      415: 'Body is not application/json',
      429: 'Too many requests (see Retry-After)',
    }),
  },
})

const wantsCalendar = (accept: string | undefined): boolean => !!accept && /(^|,)\s*text\/calendar\b/i.test(accept)

/** `now`: clock in milliseconds, read for the default start date only. */
export function eligibilityRoutes(view: CatalogView, now: () => number) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(eligibilityRoute, (c) => {
    const { id } = c.req.valid('param')
    const body = c.req.valid('json')
    const found = findGuide(c, view, id)
    if ('problem' in found) return found.problem
    const { guide } = found
    const wrongClient = unsupportedClient(c, guide, body.client, 'body')
    if (wrongClient) return wrongClient
    const wrong = checkAnswers(guide.questions, body.answers)
    if (wrong.length) return problem(c, { status: 400, title: 'Invalid answers', invalidParams: wrong.map((w) => ({ in: 'body' as const, ...w })) })
    const lang = c.get('lang')
    const result = evaluate(guide, { answers: body.answers, client: body.client, startDate: body.startDate ?? startDay(now()) })
    const checkView = presentCheck(guide, result, lang)
    // Results depend on the answers: never cached, and different per language and Accept.
    const headers = { 'Cache-Control': 'no-store', 'Content-Language': lang, Vary: 'Accept-Language, Accept' }
    if (wantsCalendar(c.req.header('accept'))) {
      return c.body(planCalendar(checkView, new Date(now())), 200, {
        ...headers,
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${guide.id}-plan.ics"`,
      })
    }
    const { start, submission, completion, revocableUntil, approximate } = result.timeline
    const timeline = { start, submission, completion, revocableUntil, approximate }
    return c.json({ platform: result.platform, client: result.client, verdict: result.verdict, timeline, view: checkView }, 200, headers)
  })
}
