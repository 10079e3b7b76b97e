import type { Context } from 'hono'
import type { Client, CompiledEntry, CompiledGuide } from '@deregister/core'
import type { CatalogView } from '../catalog/view'
import { clientIds } from '@deregister/core/present'
import type { InvalidParam } from '../problem'
import { problem } from '../problem'

type Problem<S extends 400 | 404> = ReturnType<typeof problem<S>>

/** The entry, or a 404 problem with the closest ids as suggestions. */
export function findEntry(c: Context, view: CatalogView, id: string): { entry: CompiledEntry } | { problem: Problem<404> } {
  const entry = view.get(id)
  if (entry) return { entry }
  const suggestions = view.suggest(id)
  return {
    problem: problem(c, {
      status: 404,
      title: 'Unknown platform',
      detail: suggestions.length
        ? `No platform "${id.slice(0, 64)}". Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?`
        : `No platform "${id.slice(0, 64)}". GET /v1/platforms?q= searches names and aliases.`,
      suggestions,
    }),
  }
}

/** A full guide, or a 404 problem for unknown ids and for link-level entries (no questionnaire). */
export function findGuide(c: Context, view: CatalogView, id: string): { guide: CompiledGuide } | { problem: Problem<404> } {
  const found = findEntry(c, view, id)
  if ('problem' in found) return found
  if (found.entry.depth === 'guide') return { guide: found.entry }
  return {
    problem: problem(c, {
      status: 404,
      title: 'No eligibility check for this platform',
      detail: `"${id}" is a link-level entry (name, deletion link and notes); only full guides have questions. See GET /v1/platforms/${id}.`,
    }),
  }
}

/** A 400 problem when the guide has no flow for the client asked for. */
export function unsupportedClient(c: Context, guide: CompiledGuide, client: Client | undefined, where: InvalidParam['in']): Problem<400> | undefined {
  if (!client) return undefined
  const clients = clientIds(guide)
  if (clients.includes(client)) return undefined
  return problem(c, {
    status: 400,
    title: 'Client not covered by this guide',
    invalidParams: [{ in: where, path: 'client', message: `expected one of ${clients.join(', ')}` }],
  })
}
