/**
 * @module
 * `GET /v1/platforms`, `GET /v1/platforms/{id}` and `GET /v1/platforms/{id}/questions`:
 * the catalog, with strong ETags from the content hash.
 */
import { OpenAPIHono, createRoute } from '@hono/zod-openapi'
import { localize } from '@deregister/core'
import { LOCALES } from '@deregister/core/schema'
import type { Locale, Summary } from '@deregister/core'
import type * as z from 'zod'
import { narrowToClient } from '@deregister/core/present'
import type { CatalogView } from '../catalog/view'
import type { AppEnv } from '../env'
import { validationHook } from '../openapi/validation-hook'
import {
  EntryOutSchema,
  EntryQuerySchema,
  IdParamsSchema,
  ListOutSchema,
  ListQuerySchema,
  QuestionsOutSchema,
  QuestionsQuerySchema,
} from '../openapi/schemas'
import { problemResponses } from '../problem'
import { findEntry, findGuide, unsupportedClient } from './lookup'

const json = <S extends z.ZodType>(schema: S, description: string) =>
  ({ description, content: { 'application/json': { schema } } }) as const
const notModified = {
  304: { description: 'Not modified: If-None-Match holds the current ETag.' },
} as const

export const listRoute = createRoute({
  method: 'get',
  path: '/platforms',
  summary: 'Search and list platforms',
  description:
    'Guides first. `q` matches names and aliases in either language; `domain` matches a host or any parent domain.',
  request: { query: ListQuerySchema },
  responses: {
    200: json(ListOutSchema, 'Matching platform summaries'),
    ...notModified,
    ...problemResponses({ 400: 'Invalid query' }),
  },
})

const byId = { params: IdParamsSchema, query: EntryQuerySchema }
const questionsById = { params: IdParamsSchema, query: QuestionsQuerySchema }

export const entryRoute = createRoute({
  method: 'get',
  path: '/platforms/{id}',
  summary: 'One platform: a full guide or a link-level entry',
  request: byId,
  responses: {
    200: json(EntryOutSchema, 'The entry; `depth` says which kind it is'),
    ...notModified,
    ...problemResponses({
      400: 'Invalid query or client',
      404: 'Unknown platform (with suggestions)',
    }),
  },
})

export const questionsRoute = createRoute({
  method: 'get',
  path: '/platforms/{id}/questions',
  summary: 'The questionnaire of the eligibility check',
  request: questionsById,
  responses: {
    200: json(QuestionsOutSchema, 'Questions to ask the reader'),
    ...notModified,
    ...problemResponses({
      400: 'Invalid query or client',
      404: 'Unknown platform, or a link-level entry',
    }),
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

/** Content changes only when the catalog is redeployed: browsers keep it briefly, CDNs longer. */
export const CDN_CACHE_CONTROL = 'public, max-age=300, s-maxage=86400, stale-while-revalidate=86400'

// Bumped when the API changes how it renders content, so old ETags stop matching.
const RENDERING = 'r2'

/** Headers of a cacheable answer in one language (or all), with its strong ETag from the content hash. */
const cacheable = (lang: Locale | 'all', ...tag: string[]) => ({
  ETag: `"${[...tag, lang, RENDERING].join('.')}"`,
  'Cache-Control': CDN_CACHE_CONTROL,
  'Content-Language': lang === 'all' ? LOCALES.join(', ') : lang,
  Vary: 'Accept-Language',
})

export function platformRoutes(view: CatalogView) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, (c) => {
      const query = c.req.valid('query')
      const lang = c.get('lang')
      const rows = select(view, query)
      const items = rows
        .slice(query.offset, query.offset + query.limit)
        .map((s) => localize(s, lang))
      return c.json(
        { total: rows.length, offset: query.offset, limit: query.limit, items },
        200,
        cacheable(lang, view.index.hash, 'list'),
      )
    })
    .openapi(entryRoute, (c) => {
      const { id } = c.req.valid('param')
      const { client, lang: asked } = c.req.valid('query')
      const found = findEntry(c, view, id)
      if ('problem' in found) return found.problem
      const { entry } = found
      const lang = c.get('lang')
      if (entry.depth === 'link') return c.json(entry, 200, cacheable(lang, entry.hash, 'link'))
      const wrongClient = unsupportedClient(c, entry, client, 'query')
      if (wrongClient) return wrongClient
      const narrowed = client ? narrowToClient(entry, client) : entry
      if (asked === 'all')
        return c.json(narrowed, 200, cacheable('all', entry.hash, client ?? 'all'))
      return c.json(localize(narrowed, lang), 200, cacheable(lang, entry.hash, client ?? 'all'))
    })
    .openapi(questionsRoute, (c) => {
      const { id } = c.req.valid('param')
      const { client } = c.req.valid('query')
      const found = findGuide(c, view, id)
      if ('problem' in found) return found.problem
      const { guide } = found
      const wrongClient = unsupportedClient(c, guide, client, 'query')
      if (wrongClient) return wrongClient
      const lang = c.get('lang')
      const questions = localize(
        client ? narrowToClient(guide, client).questions : guide.questions,
        lang,
      )
      return c.json(
        { platform: guide.id, client: client ?? null, questions },
        200,
        cacheable(lang, guide.hash, client ?? 'all', 'q'),
      )
    })
}
