/**
 * @module
 * The app on workerd (Cloudflare Workers). wrangler bundles it; the reference UI's script is
 * bundled as a text module (see `rules` in wrangler.toml), so nothing is fetched from a CDN.
 */
import * as catalog from '@deregister/content/catalog'
import { d1Store, purgeExpired, purgeThrottle, reportsConfig } from '@deregister/reports'
import type { D1Like, ReportStore } from '@deregister/reports'
import standalone from '@scalar/api-reference/browser/standalone.js'
import type { ExecutionContext } from 'hono'
import { cache } from 'hono/cache'
import { createApp } from './app'
import type { RateLimitBinding } from './middleware/rate-limit'

/**
 * The worker's bindings: D1 as `DB` (reader reports), Cloudflare rate limiters (wrangler.toml
 * `[[ratelimits]]`), and variables (`[vars]`, secrets).
 */
interface WorkerEnv extends Record<string, unknown> {
  DB?: D1Like
  WRITE_LIMITER?: RateLimitBinding
  CHECK_LIMITER?: RateLimitBinding
  MAINTAINER_LIMITER?: RateLimitBinding
}

// Bindings arrive with each request but are the same for every request an isolate serves,
// so the app is built once, on the first request.
let built: { app: ReturnType<typeof createApp>; store?: ReportStore; retentionDays: number } | undefined
const purgeNow = purgeThrottle()

function build(env: WorkerEnv): NonNullable<typeof built> {
  const reports = reportsConfig(env)
  const store = env.DB ? d1Store(env.DB) : undefined
  const app = createApp({
    catalog,
    // Cloudflare's edge sets CF-Connecting-IP to the visitor's address; the rate-limiting
    // bindings are keyed by it (one counter per address and limiter).
    clientAddress: (c) => c.req.header('cf-connecting-ip'),
    rateLimitBindings: {
      ...(env.WRITE_LIMITER ? { writes: env.WRITE_LIMITER } : {}),
      ...(env.CHECK_LIMITER ? { checks: env.CHECK_LIMITER } : {}),
      ...(env.MAINTAINER_LIMITER ? { maintainerFailures: env.MAINTAINER_LIMITER } : {}),
    },
    responseCache: cache({ cacheName: 'deregister-api', vary: ['accept-language'], wait: false }),
    referenceScript: () => standalone,
    ...(store ? { reports: { store, ...(reports.maintainerToken ? { maintainerToken: reports.maintainerToken } : {}) } } : {}),
  })
  return { app, retentionDays: reports.retentionDays, ...(store ? { store } : {}) }
}

export default {
  fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Response | Promise<Response> {
    built ??= build(env)
    // Closed reports past retention go on the cron trigger and, at most hourly, here too.
    if (built.store) purgeNow(built.store, built.retentionDays, (pending) => ctx.waitUntil(pending))
    return built.app.fetch(request, env, ctx)
  },
  async scheduled(_controller: unknown, env: WorkerEnv): Promise<void> {
    if (env.DB) await purgeExpired(d1Store(env.DB), reportsConfig(env).retentionDays)
  },
}
