import { OpenAPIHono } from '@hono/zod-openapi'
import type { RouteMounter } from '../app'
import type { CatalogView } from '../catalog/view'
import type { AppEnv } from '../env'
import { validationHook } from '../http/validation-hook'
import { maintainerGate, registerMaintainer } from './maintainer-routes'
import type { ReportStore } from './store'
import { registerSubmit } from './submit-route'

export interface ReportsRoutesOptions {
  store: ReportStore
  /** The app's catalog lookups (`MountContext.catalog`). */
  catalog: CatalogView
  /** Bearer token for the maintainer endpoints; undefined switches them off (404). */
  maintainerToken?: string
  /** Clock, for tests. */
  now?: () => Date
}

/**
 * Reader reports and their maintainer endpoints, to mount under `/v1` behind the app's write
 * guard (JSON only, size limit) and rate limit.
 */
export function reportsRoutes(options: ReportsRoutesOptions): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  // Authorisation first, so nothing about the maintainer endpoints shows without the token.
  const gate = maintainerGate(options.maintainerToken)
  app.use('/reports', gate)
  app.use('/reports/*', gate)
  registerMaintainer(app, options)
  registerSubmit(app, options)
  return app
}

/**
 * The reports as one of `createApp`'s route mounters.
 *
 * @example
 * createApp({ catalog, routes: [reportsMount({ store, maintainerToken })] })
 */
export function reportsMount(options: Omit<ReportsRoutesOptions, 'catalog'>): RouteMounter {
  return function mountReports(app, context) {
    app.route('/v1', reportsRoutes({ ...options, catalog: context.catalog }))
  }
}
