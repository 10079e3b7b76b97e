/**
 * @module
 * RFC 9457 problem documents: the one shape of every error the API sends. Each invalid field
 * is listed in `invalid-params` with where it was (`in`), its path and what was expected.
 */
import * as z from 'zod'
import type { Context, TypedResponse } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export const InvalidParamSchema = z
  .object({
    in: z.enum(['body', 'query', 'path', 'header']).optional(),
    path: z.string().meta({ description: 'Dotted path of the field, e.g. answers.wallet_balance.', example: 'answers.wallet_balance' }),
    message: z.string().meta({ description: 'What was expected.', example: 'expected a number ≥ 0' }),
  })
  .meta({ id: 'InvalidParam' })
export type InvalidParam = z.infer<typeof InvalidParamSchema>

/** An RFC 9457 problem document; `invalid-params` names each invalid field. */
export const ProblemSchema = z
  .object({
    type: z.string().meta({ example: 'about:blank' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().meta({ description: 'The path of the request.' }),
    requestId: z.string().optional().meta({ description: 'Echoes X-Request-Id, for support.' }),
    'invalid-params': z.array(InvalidParamSchema).optional(),
    suggestions: z.array(z.string()).optional().meta({ description: 'Closest platform ids (404 only).' }),
  })
  .meta({ id: 'Problem' })
export type ProblemBody = z.infer<typeof ProblemSchema>

export interface ProblemInit<S extends ContentfulStatusCode> {
  status: S
  title: string
  detail?: string
  type?: string
  invalidParams?: InvalidParam[]
  suggestions?: string[]
  headers?: Record<string, string>
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** The problem document as JSON text, for places without a Hono context (Node's error path). */
export function problemBody(init: ProblemInit<ContentfulStatusCode>, instance: string, requestId?: string): ProblemBody {
  return {
    type: init.type ?? 'about:blank',
    title: init.title,
    status: init.status,
    ...(init.detail ? { detail: init.detail } : {}),
    instance,
    ...(requestId ? { requestId } : {}),
    ...(init.invalidParams?.length ? { 'invalid-params': init.invalidParams } : {}),
    ...(init.suggestions ? { suggestions: init.suggestions } : {}),
  }
}

/**
 * An `application/problem+json` response. Errors are never cached and never carry a stack.
 *
 * @example
 * return problem(c, { status: 404, title: 'Unknown platform', suggestions: ['wechat'] })
 */
export function problem<S extends ContentfulStatusCode>(
  c: Context,
  init: ProblemInit<S>,
): Response & TypedResponse<ProblemBody, S, 'json'> {
  const requestId = c.get('requestId') as string | undefined
  const body = problemBody(init, c.req.path, requestId)
  return c.json(body, init.status, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Content-Language': 'en',
    'Cache-Control': 'no-store',
    ...init.headers,
  })
}

/** OpenAPI response entries for problem documents, keyed by status. */
export function problemResponses<const S extends number>(
  statuses: Record<S, string>,
): Record<S, { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } }> {
  const out = {} as Record<S, { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } }>
  for (const [status, description] of Object.entries(statuses) as [string, string][]) {
    out[Number(status) as S] = { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } }
  }
  return out
}
