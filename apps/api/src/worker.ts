/**
 * @module
 * The app on workerd (Cloudflare Workers). wrangler bundles it; the reference UI's script is
 * bundled as a text module (see `rules` in wrangler.toml), so nothing is fetched from a CDN.
 */
import * as catalog from '@deregister/content/catalog'
import standalone from '@scalar/api-reference/browser/standalone.js'
import type { ExecutionContext } from 'hono'
import { getConnInfo } from 'hono/cloudflare-workers'
import { createApp } from './app'
import { d1Store, purgeExpired, purgeThrottle, reportsConfig, reportsMount } from './reports'
import type { D1Like, ReportStore } from './reports'

/** The worker's bindings: D1 as `DB` (reader reports), and variables (wrangler.toml `[vars]`, secrets). */
interface WorkerEnv extends Record<string, unknown> {
  DB?: D1Like
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
    // workerd has no client address of its own: Cloudflare's edge sets CF-Connecting-IP.
    clientAddress: (c) => getConnInfo(c).remote.address,
    referenceScript: () => standalone,
    routes: store ? [reportsMount({ store, maintainerToken: reports.maintainerToken })] : [],
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
