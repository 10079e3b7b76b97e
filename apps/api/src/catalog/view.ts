import { createCatalogSearch } from '@deregister/core'
import type { CatalogIndex, CatalogSearch, CompiledEntry } from '@deregister/core'
import { closestIds } from './suggest'

/** The compiled catalog as `@deregister/content/catalog` exports it. */
export interface CatalogData {
  index: CatalogIndex
  entries: Record<string, CompiledEntry>
}

/** Lookups over one catalog, built once per app. */
export interface CatalogView {
  index: CatalogIndex
  get(id: string): CompiledEntry | undefined
  search: CatalogSearch
  categories: ReadonlySet<string>
  /** Ids close to a mistyped one, for 404 suggestions. */
  suggest(id: string): string[]
}

export function createCatalogView(data: CatalogData): CatalogView {
  const byId = new Map(Object.entries(data.entries))
  const ids = data.index.entries.map((e) => e.id)
  const search = createCatalogSearch(data.index.entries)
  return {
    index: data.index,
    get: (id) => byId.get(id),
    search,
    categories: new Set(data.index.entries.map((e) => e.category)),
    suggest(id) {
      const near = closestIds(id, ids)
      // A name or alias typed in place of the id ("微信", "WeChat") finds the entry too.
      const named = id.length <= 64 ? search.search(id, { limit: 3 }).map((s) => s.id) : []
      return [...new Set([...named, ...near])].slice(0, 3)
    },
  }
}
