import type { CompiledEntry } from '@deregister/core'
import { dataSource, entryUrl, FETCH_PRIVACY } from './data-source'

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

/**
 * The request for `url` if one is under way (see prefetchEntries), else one started in a task of
 * its own: a page's first fetch costs ~30 ms of CPU at 4x CPU throttling, which would double the
 * time of a mount (customElements.define) that calls this.
 */
export function fetchEntrySoon(url: string): Promise<CompiledEntry> {
  return cache.get(url) ?? new Promise((resolve) => setTimeout(resolve)).then(() => fetchEntry(url))
}

/**
 * Starts loading the data of every `tagName` element already in the page, before Vue mounts
 * them: the request is under way while the loading state renders, and the mount finds it cached.
 */
export function prefetchEntries(tagName: string): void {
  for (const el of document.querySelectorAll(tagName)) {
    const platform = el.getAttribute('platform')
    if (platform) fetchEntry(entryUrl(dataSource(el.getAttribute('src') ?? undefined, import.meta.url, document.baseURI), platform))
  }
}
