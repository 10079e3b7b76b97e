/**
 * @module
 * Maintainer endpoints over reader reports: `GET /v1/reports`, `GET /v1/reports/{id}`,
 * `PATCH /v1/reports/{id}`, behind a bearer token (Hono's bearerAuth, constant-time compare)
 * and a limit on failed attempts per address. With no token configured they answer 404, so a
 * deployment that forgot the token is closed, never open.
 */
import { OpenAPIHono, createRoute } from '@hono/zod-openapi'
import { ReportListQuerySchema, ReportListSchema, ReportSchema, ReportUpdateSchema } from '@deregister/reports'
import type { ReportStore } from '@deregister/reports'
import type { Context, MiddlewareHandler } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import * as z from 'zod'
import type { AppEnv } from '../env'
import { validationHook } from '../openapi/validation-hook'
import { problem, problemResponses } from '../problem'

const SCHEME = 'maintainerToken'
const REALM = 'deregister-maintainer'
const security = [{ [SCHEME]: [] }]
const idParams = z.object({ id: z.string().max(200) })
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } }) as const
const denied = problemResponses({
  400: 'Invalid query or body',
  401: 'Missing or wrong maintainer token',
  404: 'Unknown report, or maintainer endpoints off',
  429: 'Too many failed attempts from this address (see Retry-After)',
})

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

const refused = (given: boolean) => (c: Context) =>
  problem(c, {
    status: 401,
    title: 'Maintainer token required',
    ...(given ? { detail: 'The token is not the maintainer token.' } : {}),
    headers: { 'WWW-Authenticate': `Bearer realm="${REALM}"${given ? ', error="invalid_token"' : ''}` },
  })

/** bearerAuth answering problem documents; 404 when no token is configured. */
function gate(token: string | undefined): MiddlewareHandler {
  if (!token) return (c) => Promise.resolve(problem(c, { status: 404, title: 'Not found' }))
  return bearerAuth({
    token,
    realm: REALM,
    noAuthenticationHeader: { message: refused(false) },
    invalidAuthenticationHeader: { message: refused(true) },
    invalidToken: { message: refused(true) },
  })
}

const noStore: MiddlewareHandler = async (c, next) => {
  c.header('Cache-Control', 'no-store')
  await next()
}

export interface MaintainerDeps {
  store?: ReportStore
  /** Bearer token; absent switches the endpoints off (404). */
  token?: string
  /** Runs before the token check: the limit on failed attempts. */
  failures: MiddlewareHandler<AppEnv>
  now?: () => Date
}

export function maintainerRoutes({ store, token, failures, now = () => new Date() }: MaintainerDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  app.openAPIRegistry.registerComponent('securitySchemes', SCHEME, {
    type: 'http',
    scheme: 'bearer',
    description: 'The value of DEREGISTER_MAINTAINER_TOKEN on the server (at least 32 characters).',
  })
  const guard = gate(store ? token : undefined)
  const missing = (c: Context, id: string) => problem(c, { status: 404, title: 'Unknown report', detail: `No report "${id}".` })
  for (const path of ['/reports', '/reports/*']) app.use(path, failures, guard, noStore)
  return app
    .openapi(listRoute, async (c) => c.json(await store!.list(c.req.valid('query')), 200))
    .openapi(getRoute, async (c) => {
      const { id } = c.req.valid('param')
      const report = await store!.get(id.toLowerCase())
      return report ? c.json(report, 200) : missing(c, id)
    })
    .openapi(updateRoute, async (c) => {
      const { id } = c.req.valid('param')
      const report = await store!.setStatus(id.toLowerCase(), c.req.valid('json').status, now())
      return report ? c.json(report, 200) : missing(c, id)
    })
}
