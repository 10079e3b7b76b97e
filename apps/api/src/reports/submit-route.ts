import { createRoute } from '@hono/zod-openapi'
import * as z from 'zod'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../env'
import type { CompiledEntry } from '@deregister/core'
import { problem, problemResponses } from '../problem'
import { findEntry } from '../routes/lookup'
import { ReportInputSchema, ReportSchema } from './schema'
import type { Report } from './schema'
import type { NewReport } from './store'
import { reportTargets } from './targets'
import type { ReportsRoutesOptions } from './routes'


export const submitReportRoute = createRoute({
  method: 'post',
  path: '/platforms/{id}/reports',
  summary: 'Report an outdated or wrong step, requirement or section',
  description:
    'Stores a reader report. Retrying with the same `id` returns the stored report with 200. ' +
    'No IP address, user agent or cookie is stored.',
  request: {
    params: z.object({ id: z.string().meta({ example: 'wechat' }) }),
    body: { required: true, content: { 'application/json': { schema: ReportInputSchema } } },
  },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: ReportSchema } } },
    200: { description: 'Already stored under this id', content: { 'application/json': { schema: ReportSchema } } },
    ...problemResponses({
      400: 'Invalid body or unknown target',
      404: 'Unknown platform (with suggestions)',
      409: 'This id was used for a different report',
    }),
  },
})

const targetsOf = new WeakMap<CompiledEntry, Set<string>>()
function targets(entry: CompiledEntry): Set<string> {
  let set = targetsOf.get(entry)
  if (!set) targetsOf.set(entry, (set = reportTargets(entry)))
  return set
}

const SAME_FIELDS = ['platform', 'target', 'kind', 'client', 'message'] as const
const sameReport = (stored: Report, sent: NewReport): boolean =>
  SAME_FIELDS.every((field) => stored[field] === sent[field])

/** Registers POST /platforms/{id}/reports on the given app. */
export function registerSubmit(app: OpenAPIHono<AppEnv>, options: ReportsRoutesOptions): void {
  const now = options.now ?? ((): Date => new Date())
  app.openapi(submitReportRoute, async (c) => {
    const platform = c.req.valid('param').id
    const body = c.req.valid('json')
    const entry = findEntry(c, options.catalog, platform)
    if (entry instanceof Response) return entry as ReturnType<typeof problem<404>>
    if (!targets(entry).has(body.target)) {
      return problem(c, {
        status: 400,
        title: 'Unknown report target',
        invalidParams: [{ in: 'body', path: 'target', message: `expected "general", a section or an item id of ${platform}` }],
      })
    }
    const sent: NewReport = {
      id: body.id.toLowerCase(),
      platform,
      target: body.target,
      kind: body.kind,
      ...(body.client === undefined ? {} : { client: body.client }),
      ...(body.message === undefined ? {} : { message: body.message }),
      contentHash: entry.hash,
      createdAt: now().toISOString(),
    }
    const { report, created } = await options.store.insert(sent)
    if (!created && !sameReport(report, sent)) {
      return problem(c, { status: 409, title: 'Report id already used', detail: 'This id holds a different report.' })
    }
    return c.json(report, created ? 201 : 200)
  })
}
