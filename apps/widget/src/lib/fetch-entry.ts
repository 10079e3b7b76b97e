import type { CompiledEntry } from '@deregister/core'
import type { DataSource } from './data-source'
import { entryUrl, FETCH_PRIVACY } from './data-source'

const cache = new Map<string, Promise<CompiledEntry>>()

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url, { ...FETCH_PRIVACY, headers: { accept: 'application/json' } })
  if (!res.ok) throw new Error(`${res.status} ${url}`)
  return res.json()
}

// A static file and the API's `?lang=all` both hold every language: core's views pick one.
async function read(source: DataSource, id: string): Promise<CompiledEntry> {
  const entry = (await fetchJson(entryUrl(source, id))) as CompiledEntry
  if (entry.depth !== 'guide' && entry.depth !== 'link')
    throw new Error(`not a catalog entry: ${entryUrl(source, id)}`)
  return entry
}

/** Fetches one compiled entry; widgets on the same page share the request. A failure is not cached. */
export function fetchEntry(source: DataSource, id: string): Promise<CompiledEntry> {
  const key = entryUrl(source, id)
  let pending = cache.get(key)
  if (!pending) {
    pending = read(source, id)
    pending.catch(() => cache.delete(key))
    cache.set(key, pending)
  }
  return pending
}
