/**
 * @module
 * Reads the compiled catalog (Node only: config, data loaders and route loaders). The
 * catalog is `@deregister/content`'s build output; `DEREGISTER_CATALOG` points the site at
 * another catalog folder (the benchmark builds synthetic catalogs this way).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { localize } from '@deregister/core'
import type { CatalogIndex, CompiledGuide, CompiledLink, Locale, Summary } from '@deregister/core'

export function catalogDir(): string {
  if (process.env.DEREGISTER_CATALOG) return resolve(process.env.DEREGISTER_CATALOG)
  return dirname(createRequire(import.meta.url).resolve('@deregister/content/catalog/index.json'))
}

interface Loaded {
  index: CatalogIndex
  guides: Map<string, CompiledGuide>
  links?: CompiledLink[]
  local: Map<string, LocalGuide>
}

export type LocalGuide = ReturnType<typeof localize<CompiledGuide>>

// Several loaders are bundled separately by VitePress; share one read per process.
const cache = ((globalThis as { __deregisterCatalog?: Map<string, Loaded> }).__deregisterCatalog ??= new Map())

function load(): Loaded {
  const dir = catalogDir()
  const hit = cache.get(dir)
  if (hit) return hit
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as CatalogIndex
  const guides = new Map<string, CompiledGuide>()
  for (const s of index.entries) {
    if (s.depth !== 'guide') continue
    guides.set(s.id, JSON.parse(readFileSync(join(dir, 'platforms', `${s.id}.json`), 'utf8')) as CompiledGuide)
  }
  const loaded = { index, guides, local: new Map<string, LocalGuide>() }
  cache.set(dir, loaded)
  return loaded
}

/** Summaries of the full guides (link-level entries get their own directory page). */
export function guideSummaries(): Summary[] {
  return load().index.entries.filter((s) => s.depth === 'guide')
}

export function guides(): CompiledGuide[] {
  return [...load().guides.values()]
}

export function guide(id: string): CompiledGuide | undefined {
  return load().guides.get(id)
}

/** A guide in one language, computed once for its page and its search sections. */
export function localGuide(id: string, locale: Locale): LocalGuide | undefined {
  const { guides, local } = load()
  const key = `${locale}:${id}`
  const g = guides.get(id)
  if (!local.has(key) && g) local.set(key, localize(g, locale))
  return local.get(key)
}

export function platformJsonPath(id: string): string {
  return join(catalogDir(), 'platforms', `${id}.json`)
}

/** The link-level entries (read on first use: the directory page is their only reader). */
export function linkEntries(): CompiledLink[] {
  const loaded = load()
  loaded.links ??= loaded.index.entries
    .filter((s) => s.depth === 'link')
    .map((s) => JSON.parse(readFileSync(platformJsonPath(s.id), 'utf8')) as CompiledLink)
  return loaded.links
}
