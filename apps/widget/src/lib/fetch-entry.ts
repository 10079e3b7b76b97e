import type { CompiledEntry } from '@deregister/core'
import { FETCH_PRIVACY } from './data-source'

const cache = new Map<string, Promise<CompiledEntry>>()

/** Fetches one compiled entry; widgets on the same page share the request. A failure is not cached. */
export function fetchEntry(url: string): Promise<CompiledEntry> {
  let pending = cache.get(url)
  if (!pending) {
    pending = fetch(url, { ...FETCH_PRIVACY, headers: { accept: 'application/json' } }).then(async (res) => {
      if (!res.ok) throw new Error(`${res.status} ${url}`)
      const entry = (await res.json()) as CompiledEntry
      if (entry.depth !== 'guide' && entry.depth !== 'link') throw new Error(`not a catalog entry: ${url}`)
      return entry
    })
    pending.catch(() => cache.delete(url))
    cache.set(url, pending)
  }
  return pending
}
