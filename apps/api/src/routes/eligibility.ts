/**
 * @module
 * `POST /v1/platforms/{id}/eligibility`: answers → verdict, plan and dated timeline, as JSON
 * or, with `Accept: text/calendar`, as an iCalendar file. Answers are never logged or stored.
 */
import { OpenAPIHono, createRoute } from '@hono/zod-openapi'
import { evaluate, localize } from '@deregister/core'
import type { CompiledGuide, Locale } from '@deregister/core'
import { LOCALES } from '@deregister/core/schema'
import type { Context, TypedResponse } from 'hono'
import type * as z from 'zod'
import { createLocalizedJson } from '../catalog/localized-json'
import type { LocalizedJson } from '../catalog/localized-json'
import type { CatalogView } from '../catalog/view'
import type { ContentCoding } from '../http/encoding'
import { negotiateEncoding } from '../http/encoding'
import { fastResponse, withStaticHeaders } from '../http/headers'
import type { Compress } from '../http/respond'
import { requestHeader } from '../http/request-header'
import type { AppEnv } from '../env'
import { todayInShanghai } from '../http/today'
import { validationHook } from '../http/validation-hook'
import { EligibilityBodySchema, EvaluationOutSchema, IdParamsSchema, LangOnlyQuerySchema } from '../openapi/schemas'
import { problem, problemResponses } from '../problem'
import { checkAnswers } from './answers'
import { planCalendar } from './calendar'
import { findGuide, unsupportedClient } from './lookup'

export const eligibilityRoute = createRoute({
  method: 'post',
  path: '/platforms/{id}/eligibility',
  summary: 'Check whether the reader can delete their account now',
  description:
    'Evaluates the answers with the engine. `startDate` defaults to today in Asia/Shanghai. ' +
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
        'application/json': { schema: EvaluationOutSchema },
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

type HeaderSet = Readonly<Record<string, string>>

/** Results depend on the answers: never cached, and different per language, Accept (and coding). */
function jsonHeaders(compressed: boolean): Record<Locale, Record<ContentCoding, HeaderSet>> {
  const vary = compressed ? 'Accept-Language, Accept, Accept-Encoding' : 'Accept-Language, Accept'
  const byLang = (lang: Locale) => {
    const base = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-language': lang, vary }
    return {
      identity: withStaticHeaders(base),
      br: withStaticHeaders({ ...base, 'content-encoding': 'br' }),
      gzip: withStaticHeaders({ ...base, 'content-encoding': 'gzip' }),
    }
  }
  return Object.fromEntries(LOCALES.map((lang) => [lang, byLang(lang)])) as Record<Locale, Record<ContentCoding, HeaderSet>>
}

// Below this a compressed body saves less than the headers it adds.
const COMPRESS_FROM_BYTES = 1024

const encoder = new TextEncoder()
const wantsCalendar = (accept: string | undefined): boolean => !!accept && /(^|,)\s*text\/calendar\b/i.test(accept)

export interface EligibilityDeps {
  view: CatalogView
  /** Clock in milliseconds, read for the default start date only. */
  now: () => number
  /** Compresses results for clients that accept br or gzip (fast settings: once per request). */
  compress?: Compress
}

export function eligibilityRoutes({ view, now, compress }: EligibilityDeps) {
  const serializers = new WeakMap<CompiledGuide, LocalizedJson>()
  const headers = jsonHeaders(!!compress)
  /** The body in the best coding the client accepts, with its headers. */
  const send = (c: Context<AppEnv>, body: Uint8Array, lang: Locale, extra?: Record<string, string>): Response => {
    const coding = compress && body.byteLength >= COMPRESS_FROM_BYTES ? negotiateEncoding(requestHeader(c, 'accept-encoding')) : 'identity'
    const set = headers[lang][coding]
    return fastResponse(c, 200, coding === 'identity' ? body : compress!(body, coding), extra ? { ...set, ...extra } : set)
  }
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(eligibilityRoute, (c) => {
    const { id } = c.req.valid('param')
    const body = c.req.valid('json')
    const guide = findGuide(c, view, id)
    if (guide instanceof Response) return guide as never
    const wrongClient = unsupportedClient(c, guide, body.client, 'body')
    if (wrongClient) return wrongClient as never
    const wrong = checkAnswers(guide.questions, body.answers)
    if (wrong.length) return problem(c, { status: 400, title: 'Invalid answers', invalidParams: wrong })
    const startDate = body.startDate ?? todayInShanghai(now())
    const lang = c.get('lang')
    const result = evaluate(guide, { answers: body.answers, client: body.client, startDate })
    if (wantsCalendar(requestHeader(c, 'accept'))) {
      const ics = planCalendar(localize(result, lang), guide.name[lang], lang, new Date(now()))
      return send(c, encoder.encode(ics), lang, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${guide.id}-plan.ics"`,
      }) as never
    }
    let json = serializers.get(guide)
    if (!json) serializers.set(guide, (json = createLocalizedJson([guide])))
    return send(c, json.encode(result, lang), lang) as Response &
      TypedResponse<z.infer<typeof EvaluationOutSchema>, 200, 'json'>
  })
}
