/**
 * @module
 * `POST /v1/platforms/{id}/reports`: a reader's report of an outdated or wrong step, stored
 * through `@deregister/reports` (SQLite on Node, D1 on workerd).
 */
import { OpenAPIHono, createRoute } from '@hono/zod-openapi'
import { ReportInputSchema, ReportSchema, submitReport } from '@deregister/reports'
import type { ReportStore } from '@deregister/reports'
import * as z from 'zod'
import type { CatalogView } from '../catalog/view'
import type { AppEnv } from '../env'
import { validationHook } from '../openapi/validation-hook'
import { problem, problemResponses } from '../problem'
import { findEntry } from './lookup'

export const submitReportRoute = createRoute({
  method: 'post',
  path: '/platforms/{id}/reports',
  summary: 'Report an outdated or wrong step, requirement or section',
  description:
    'Stores a reader report. Retrying with the same `id` returns the stored report with 200. ' +
    'No IP address, user agent or cookie is stored.',
  request: {
    params: z.object({ id: z.string().max(200).meta({ example: 'wechat' }) }),
    body: { required: true, content: { 'application/json': { schema: ReportInputSchema } } },
  },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: ReportSchema } } },
    200: { description: 'Already stored under this id', content: { 'application/json': { schema: ReportSchema } } },
    ...problemResponses({
      400: 'Invalid body or unknown target',
      404: 'Unknown platform (with suggestions), or reports not stored on this deployment',
      409: 'This id was used for a different report',
      413: 'Body over 16 KiB',
      415: 'Body is not application/json',
      429: 'Too many requests (see Retry-After)',
    }),
  },
})

export interface ReportsDeps {
  view: CatalogView
  /** Absent: this deployment stores no reports (a worker without D1), and the route says so. */
  store?: ReportStore
  now?: () => Date
}

export function reportRoutes({ view, store, now = () => new Date() }: ReportsDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(submitReportRoute, async (c) => {
    if (!store) return problem(c, { status: 404, title: 'Reports are not stored here', detail: 'This deployment has no report store.' })
    const found = findEntry(c, view, c.req.valid('param').id)
    if ('problem' in found) return found.problem
    const outcome = await submitReport(store, found.entry, c.req.valid('json'), now())
    if (outcome.kind === 'unknown-target') {
      return problem(c, {
        status: 400,
        title: 'Unknown report target',
        invalidParams: [{ in: 'body', path: 'target', message: `expected "general", a section or an item id of ${found.entry.id}` }],
      })
    }
    if (outcome.kind === 'conflict') return problem(c, { status: 409, title: 'Report id already used', detail: 'This id holds a different report.' })
    return outcome.created ? c.json(outcome.report, 201) : c.json(outcome.report, 200)
  })
}
