/**
 * @module
 * The Deregister API as one runtime-agnostic Hono app, built from Hono's own middleware. Node
 * (`node.ts`) and workerd (`worker.ts`) are thin entries around {@link createApp}.
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import type { ReportStore } from '@deregister/reports'
import type { MiddlewareHandler } from 'hono'
import { etag } from 'hono/etag'
import { HTTPException } from 'hono/http-exception'
import type { CatalogData } from './catalog/view'
import { createCatalogView } from './catalog/view'
import type { AppEnv } from './env'
import { accessLog } from './middleware/access-log'
import type { AccessRecord } from './middleware/access-log'
import { jsonBody } from './middleware/json-body'
import { language } from './middleware/language'
import { limit } from './middleware/rate-limit'
import type { ClientAddress, RateLimitBinding, RateLimitOptions } from './middleware/rate-limit'
import { RETAINED_ON_304, securityMiddleware } from './middleware/security'
import { openApiDocument } from './openapi/document'
import { validationHook } from './openapi/validation-hook'
import { problem } from './problem'
import { eligibilityRoutes } from './routes/eligibility'
import { maintainerRoutes } from './routes/maintainer'
import { metaRoutes } from './routes/meta'
import { platformRoutes } from './routes/platforms'
import { reportRoutes } from './routes/reports'

export type { AccessRecord }

/** The three limits: writes (reports, maintainer changes), eligibility checks, failed maintainer logins. */
export interface RateLimits {
  writes: RateLimitOptions
  checks: RateLimitOptions
  maintainerFailures: RateLimitOptions
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  writes: { limit: 60, windowMs: 60_000 },
  // Checks store nothing; an integrator serving many readers from one address needs room.
  checks: { limit: 600, windowMs: 60_000 },
  maintainerFailures: { limit: 10, windowMs: 15 * 60_000 },
}

export interface AppOptions {
  /** The compiled catalog: `import * as catalog from '@deregister/content/catalog'`. */
  catalog: CatalogData
  /** Reader reports; without a store the report routes answer 404. */
  reports?: { store: ReportStore; maintainerToken?: string; now?: () => Date }
  /** Address a request came from, for rate limiting: the runtime's `getConnInfo`. */
  clientAddress?: ClientAddress
  rateLimits?: Partial<RateLimits>
  /** workerd: Cloudflare rate-limiting bindings that count instead of the in-memory store. */
  rateLimitBindings?: Partial<Record<keyof RateLimits, RateLimitBinding>>
  /** Largest request body in bytes (default 16 KiB). */
  maxBodyBytes?: number
  /** Shared cache of public GETs: Node's LRU (`middleware/response-cache.ts`) or `hono/cache` on workerd. */
  responseCache?: MiddlewareHandler<AppEnv>
  /** The reference UI script (@scalar/api-reference's standalone.js); absent, no `/reference`. */
  referenceScript?: () => string | Promise<string>
  /** Clock in milliseconds (default Date.now): the default start date of eligibility checks. */
  now?: () => number
  /** Called once per request; off by default. */
  accessLog?: (record: AccessRecord) => void
  /** Called with unexpected errors (500s), with the request id; default console.error. */
  onError?: (error: unknown, requestId: string) => void
}

/**
 * @example
 * import * as catalog from '@deregister/content/catalog'
 * const app = createApp({ catalog })
 * const res = await app.request('/v1/platforms/wechat?lang=en')
 */
export function createApp(options: AppOptions) {
  const view = createCatalogView(options.catalog)
  const now = options.now ?? Date.now
  const reportError = options.onError ?? ((error, id) => console.error(`[${id}]`, error))
  const addressOf = options.clientAddress ?? (() => undefined)
  const limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits }
  const limiter = (name: keyof RateLimits, what: string, failuresOnly = false) =>
    limit({ ...limits[name], what, addressOf, failuresOnly, ...(options.rateLimitBindings?.[name] ? { binding: options.rateLimitBindings[name] } : {}) })
  const writes = limiter('writes', 'writes')
  const body = jsonBody(options.maxBodyBytes)

  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  if (options.accessLog) app.use(accessLog(options.accessLog))
  app.use(...securityMiddleware(), language())
  // Strong ETags come from the routes (content hash); etag() answers 304 when If-None-Match holds one.
  app.on(['GET', 'HEAD'], '*', etag({ retainedHeaders: RETAINED_ON_304 }))
  if (options.responseCache) app.on('GET', '/v1/platforms/*', options.responseCache).on('GET', '/v1/platforms', options.responseCache)
  // Limits before body checks: a refused client costs no body read.
  app.post('/v1/platforms/:id/eligibility', limiter('checks', 'eligibility checks'), ...body)
  app.post('/v1/platforms/:id/reports', writes, ...body)
  app.patch('/v1/reports/:id', writes, ...body)

  let document: string | undefined
  const routed = app
    .route('/', metaRoutes({ view, openapi: () => (document ??= openApiDocument(app)), referenceScript: options.referenceScript }))
    .route('/v1', platformRoutes(view))
    .route('/v1', eligibilityRoutes(view, now))
    .route('/v1', reportRoutes({ view, ...options.reports }))
    .route(
      '/v1',
      maintainerRoutes({
        ...options.reports,
        token: options.reports?.maintainerToken,
        failures: limiter('maintainerFailures', 'failed maintainer logins', true),
      }),
    )

  app.notFound((c) => problem(c, { status: 404, title: 'Not found', detail: `No route ${c.req.method} ${c.req.path.slice(0, 200)}. See /openapi.json.` }))
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) return error.getResponse()
    reportError(error, c.get('requestId') ?? '')
    return problem(c, { status: 500, title: 'Internal error', detail: 'Something went wrong on our side; quote the request id.' })
  })
  return routed
}

/** The app's type, for a typed client: `hc<AppType>('https://api.example')`. */
export type AppType = ReturnType<typeof createApp>
