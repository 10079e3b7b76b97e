/**
 * @module
 * The Deregister API as one runtime-agnostic Hono app. Node (`node.ts`) and workerd
 * (`worker.ts`) are thin entries around {@link createApp}.
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { createRepresentations } from './catalog/representations'
import type { CatalogData, CatalogView } from './catalog/view'
import { createCatalogView } from './catalog/view'
import type { AppEnv } from './env'
import { front } from './http/front'
import { language } from './http/lang'
import type { Compress } from './http/respond'
import { createRateLimiter, rateLimit } from './http/rate-limit'
import type { ClientAddress, RateLimiter, RateLimitOptions } from './http/rate-limit'
import { validationHook } from './http/validation-hook'
import { writeGuard } from './http/write-guard'
import { openApiDocument } from './openapi/document'
import { problem } from './problem'
import { eligibilityRoutes } from './routes/eligibility'
import { metaRoutes } from './routes/meta'
import { platformRoutes } from './routes/platforms'

const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE']

/** One request's record for an access log. Never carries bodies, answers or query strings. */
export interface AccessRecord {
  requestId: string
  method: string
  path: string
  status: number
  ms: number
}

/** What extra route mounters get: the app and the shared parts every route should reuse. */
export interface MountContext {
  catalog: CatalogView
  /** The app's one rate limiter (writes are already limited before routes run). */
  limiter: RateLimiter
}
export type RouteMounter = (app: OpenAPIHono<AppEnv>, context: MountContext) => void

export interface AppOptions {
  /** The compiled catalog: `import * as catalog from '@deregister/content/catalog'`. */
  catalog: CatalogData
  /** Extra routes (e.g. reader reports), mounted after the built-in ones. */
  routes?: RouteMounter[]
  /** Address a request came from, for rate limiting: the runtime's `getConnInfo`. */
  clientAddress?: ClientAddress
  /** Rate limit of writes per client address (default 60 per minute). */
  rateLimit?: RateLimitOptions
  /** Largest request body in bytes (default 16 KiB). */
  maxBodyBytes?: number
  /** The reference UI script (@scalar/api-reference's standalone.js); absent, no `/reference`. */
  referenceScript?: () => string | Promise<string>
  /** Clock in milliseconds (default Date.now): the default start date of eligibility checks. */
  now?: () => number
  /** Compresses cached bodies for clients that accept br or gzip (Node; workerd's edge compresses itself). */
  compress?: Compress
  /** Compresses bodies made per request (eligibility results): cheap settings, as it runs every time. */
  compressPerRequest?: Compress
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
  const reps = createRepresentations(view, options.compress)
  const limiter = createRateLimiter(options.rateLimit)
  const now = options.now ?? Date.now
  const reportError = options.onError ?? ((error, id) => console.error(`[${id}]`, error))

  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  if (options.accessLog) {
    const log = options.accessLog
    app.use(async (c, next) => {
      const t0 = performance.now()
      await next()
      log({ requestId: c.get('requestId'), method: c.req.method, path: c.req.path, status: c.res.status, ms: performance.now() - t0 })
    })
  }
  app.use(front({ vary: reps.vary }))
  // Writes only: reads never pay for the limiter or the body checks.
  app.on(WRITES, '*', rateLimit(limiter, options.clientAddress ?? (() => undefined)), writeGuard({ maxBytes: options.maxBodyBytes }))
  app.use(language())

  let document: string | undefined
  const routed = app
    .route('/', metaRoutes({ view, openapi: () => (document ??= openApiDocument(app)), referenceScript: options.referenceScript }))
    .route('/v1', platformRoutes({ view, reps }))
    .route('/v1', eligibilityRoutes({ view, now, ...(options.compressPerRequest ? { compress: options.compressPerRequest } : {}) }))
  for (const mount of options.routes ?? []) mount(app, { catalog: view, limiter })

  app.notFound((c) => problem(c, { status: 404, title: 'Not found', detail: `No route ${c.req.method} ${c.req.path.slice(0, 200)}. See /openapi.json.` }))
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return problem(c, { status: error.status as ContentfulStatusCode, title: error.message || 'Bad request' })
    }
    reportError(error, c.get('requestId') ?? '')
    return problem(c, { status: 500, title: 'Internal error', detail: 'Something went wrong on our side; quote the request id.' })
  })
  return routed
}

/** The app's type, for a typed client: `hc<AppType>('https://api.example')`. */
export type AppType = ReturnType<typeof createApp>
