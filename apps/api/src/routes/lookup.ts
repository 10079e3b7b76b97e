import type { Context } from 'hono'
import type { Client, CompiledEntry, CompiledGuide } from '@deregister/core'
import type { CatalogView } from '../catalog/view'
import { clientsOf } from '../catalog/narrow'
import type { InvalidParam } from '../problem'
import { problem } from '../problem'

/** The entry, or a 404 problem with the closest ids as suggestions. */
export function findEntry(c: Context, view: CatalogView, id: string): CompiledEntry | Response {
  const entry = view.get(id)
  if (entry) return entry
  const suggestions = view.suggest(id)
  return problem(c, {
    status: 404,
    title: 'Unknown platform',
    detail: suggestions.length
      ? `No platform "${id.slice(0, 64)}". Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?`
      : `No platform "${id.slice(0, 64)}". GET /v1/platforms?q= searches names and aliases.`,
    suggestions,
  })
}

/** A full guide, or a 404 problem for unknown ids and for link-level entries (no questionnaire). */
export function findGuide(c: Context, view: CatalogView, id: string): CompiledGuide | Response {
  const entry = findEntry(c, view, id)
  if (entry instanceof Response || entry.depth === 'guide') return entry
  return problem(c, {
    status: 404,
    title: 'No eligibility check for this platform',
    detail: `"${id}" is a link-level entry (name, deletion link and notes); only full guides have questions. See GET /v1/platforms/${id}.`,
  })
}

/** A 400 problem when the guide has no flow for the client asked for. */
export function unsupportedClient(
  c: Context,
  guide: CompiledGuide,
  client: Client | undefined,
  where: InvalidParam['in'],
): Response | undefined {
  if (!client || clientsOf(guide).includes(client)) return undefined
  return problem(c, {
    status: 400,
    title: 'Client not covered by this guide',
    invalidParams: [{ in: where, path: 'client', message: `expected one of ${clientsOf(guide).join(', ')}` }],
  })
}
