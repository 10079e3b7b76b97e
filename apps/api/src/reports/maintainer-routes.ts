import { createRoute } from '@hono/zod-openapi'
import * as z from 'zod'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../env'
import type { Context, MiddlewareHandler } from 'hono'
import { bearerToken, secretsEqual } from './auth'
import { problem, problemResponses } from '../problem'
import { ReportListQuerySchema, ReportListSchema, ReportSchema, ReportUpdateSchema } from './schema'
import type { ReportsRoutesOptions } from './routes'

const SCHEME = 'maintainerToken'
const security = [{ [SCHEME]: [] }]
const idParams = z.object({ id: z.string() })
const json = <T extends z.ZodType>(schema: T): { 'application/json': { schema: T } } => ({ 'application/json': { schema } })
const denied = problemResponses({
  400: 'Invalid query or body',
  401: 'Missing or wrong maintainer token',
  404: 'Unknown report, or maintainer endpoints off',
})

/**
 * Maintainer access: with no token configured the endpoints do not exist (404), so a
 * deployment that forgot the token is closed, never open.
 */
export function maintainerGate(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) return problem(c, { status: 404, title: 'Not found' })
    const given = bearerToken(c.req.header('Authorization'))
    if (given === undefined || !(await secretsEqual(given, token))) {
      return problem(c, {
        status: 401,
        title: 'Maintainer token required',
        headers: { 'WWW-Authenticate': `Bearer realm="deregister-maintainer"${given === undefined ? '' : ', error="invalid_token"'}` },
      })
    }
    c.header('Cache-Control', 'no-store')
    await next()
  }
}

const listRoute = createRoute({
  method: 'get',
  path: '/reports',
  summary: 'List reader reports (maintainers)',
  security,
  request: { query: ReportListQuerySchema },
  responses: { 200: { description: 'Reports, oldest first', content: json(ReportListSchema) }, ...denied },
})

const getRoute = createRoute({
  method: 'get',
  path: '/reports/{id}',
  summary: 'One reader report (maintainers)',
  security,
  request: { params: idParams },
  responses: { 200: { description: 'The report', content: json(ReportSchema) }, ...denied },
})

const updateRoute = createRoute({
  method: 'patch',
  path: '/reports/{id}',
  summary: 'Resolve, dismiss or reopen a reader report (maintainers)',
  security,
  request: { params: idParams, body: { required: true, content: json(ReportUpdateSchema) } },
  responses: { 200: { description: 'The updated report', content: json(ReportSchema) }, ...denied },
})

/** Registers GET /reports, GET /reports/{id} and PATCH /reports/{id}; mount behind {@link maintainerGate}. */
export function registerMaintainer(app: OpenAPIHono<AppEnv>, options: ReportsRoutesOptions): void {
  const now = options.now ?? ((): Date => new Date())
  app.openAPIRegistry.registerComponent('securitySchemes', SCHEME, {
    type: 'http',
    scheme: 'bearer',
    description: 'The value of DEREGISTER_MAINTAINER_TOKEN on the server.',
  })
  const missing = (c: Context, id: string): ReturnType<typeof problem<404>> =>
    problem(c, { status: 404, title: 'Unknown report', detail: `No report "${id}".` })

  app.openapi(listRoute, async (c) => c.json(await options.store.list(c.req.valid('query')), 200))
  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param')
    const report = await options.store.get(id.toLowerCase())
    return report ? c.json(report, 200) : missing(c, id)
  })
  app.openapi(updateRoute, async (c) => {
    const { id } = c.req.valid('param')
    const report = await options.store.setStatus(id.toLowerCase(), c.req.valid('json').status, now())
    return report ? c.json(report, 200) : missing(c, id)
  })
}
