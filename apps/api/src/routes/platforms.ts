/**
 * @module
 * `GET /v1/platforms`, `GET /v1/platforms/{id}` and `GET /v1/platforms/{id}/questions`:
 * the catalog, served from pre-rendered JSON with strong ETags.
 */
import { OpenAPIHono, createRoute } from '@hono/zod-openapi'
import type { Summary } from '@deregister/core'
import type * as z from 'zod'
import type { Representations } from '../catalog/representations'
import type { CatalogView } from '../catalog/view'
import type { AppEnv } from '../env'
import { sendCachedJson } from '../http/respond'
import { validationHook } from '../http/validation-hook'
import {
  EntryOutSchema,
  EntryQuerySchema,
  IdParamsSchema,
  ListOutSchema,
  ListQuerySchema,
  QuestionsOutSchema,
} from '../openapi/schemas'
import { problemResponses } from '../problem'
import { findEntry, findGuide, unsupportedClient } from './lookup'

const json = <S extends z.ZodType>(schema: S, description: string) =>
  ({ description, content: { 'application/json': { schema } } }) as const
const notModified = { 304: { description: 'Not modified: If-None-Match holds the current ETag.' } } as const

export const listRoute = createRoute({
  method: 'get',
  path: '/platforms',
  summary: 'Search and list platforms',
  description: 'Guides first. `q` matches names and aliases in either language; `domain` matches a host or any parent domain.',
  request: { query: ListQuerySchema },
  responses: { 200: json(ListOutSchema, 'Matching platform summaries'), ...notModified, ...problemResponses({ 400: 'Invalid query' }) },
})

const byId = { params: IdParamsSchema, query: EntryQuerySchema }

export const entryRoute = createRoute({
  method: 'get',
  path: '/platforms/{id}',
  summary: 'One platform: a full guide or a link-level entry',
  request: byId,
  responses: {
    200: json(EntryOutSchema, 'The entry; `depth` says which kind it is'),
    ...notModified,
    ...problemResponses({ 400: 'Invalid query or client', 404: 'Unknown platform (with suggestions)' }),
  },
})

export const questionsRoute = createRoute({
  method: 'get',
  path: '/platforms/{id}/questions',
  summary: 'The questionnaire of the eligibility check',
  request: byId,
  responses: {
    200: json(QuestionsOutSchema, 'Questions to ask the reader'),
    ...notModified,
    ...problemResponses({ 400: 'Invalid query or client', 404: 'Unknown platform, or a link-level entry' }),
  },
})

function select(view: CatalogView, query: z.infer<typeof ListQuerySchema>): Summary[] {
  const keep = (s: Summary): boolean =>
    (!query.category || s.category === query.category) && (!query.depth || s.depth === query.depth)
  if (query.domain !== undefined) {
    const named = query.q ? new Set(view.search.search(query.q).map((s) => s.id)) : undefined
    return view.search.byDomain(query.domain).filter((s) => keep(s) && (!named || named.has(s.id)))
  }
  if (query.q) return view.search.search(query.q, { category: query.category, depth: query.depth })
  return query.category || query.depth ? view.index.entries.filter(keep) : view.index.entries
}

export interface CatalogRoutesDeps {
  view: CatalogView
  reps: Representations
}

export function platformRoutes({ view, reps }: CatalogRoutesDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, (c) => {
      const query = c.req.valid('query')
      const lang = c.get('lang')
      const rows = select(view, query)
      const items = rows.slice(query.offset, query.offset + query.limit).map((s) => reps.summary(s.id, lang))
      const body = `{"total":${rows.length},"offset":${query.offset},"limit":${query.limit},"items":[${items.join(',')}]}`
      return sendCachedJson<z.infer<typeof ListOutSchema>>(c, reps.list(body, lang))
    })
    .openapi(entryRoute, (c) => {
      const { id } = c.req.valid('param')
      const { client } = c.req.valid('query')
      const entry = findEntry(c, view, id)
      if (entry instanceof Response) return entry as never
      const wrongClient = entry.depth === 'guide' ? unsupportedClient(c, entry, client, 'query') : undefined
      if (wrongClient) return wrongClient as never
      const lang = c.get('lang')
      return sendCachedJson<z.infer<typeof EntryOutSchema>>(c, reps.entry(entry, lang, client))
    })
    .openapi(questionsRoute, (c) => {
      const { id } = c.req.valid('param')
      const { client } = c.req.valid('query')
      const guide = findGuide(c, view, id)
      if (guide instanceof Response) return guide as never
      const wrongClient = unsupportedClient(c, guide, client, 'query')
      if (wrongClient) return wrongClient as never
      const lang = c.get('lang')
      return sendCachedJson<z.infer<typeof QuestionsOutSchema>>(c, reps.questions(guide, lang, client))
    })
}
