/**
 * @module
 * Response bodies as bytes, made once per entry, language and client and reused: a GET then
 * costs a map lookup, and its strong ETag comes from the content hash.
 */
import { localize } from '@deregister/core'
import type { Client, CompiledEntry, CompiledGuide, Locale } from '@deregister/core'
import type { CachedJson, Compress } from '../http/respond'
import { cachedJson } from '../http/respond'
import { narrowToClient } from './narrow'
import type { CatalogView } from './view'

// Bumped when the API changes how it renders content, so old ETags stop matching.
const RENDERING = 'r1'

export interface Representations {
  entry(entry: CompiledEntry, lang: Locale, client?: Client): CachedJson
  questions(guide: CompiledGuide, lang: Locale, client?: Client): CachedJson
  /** A list body built per request, with the catalog's list ETag. */
  list(body: string, lang: Locale): CachedJson
  /** One localized summary as JSON text, by id. */
  summary(id: string, lang: Locale): string
  /** What every response varies by. */
  vary: string
}

export function createRepresentations(view: CatalogView, compress?: Compress): Representations {
  const cache = new Map<string, CachedJson>()
  const summaries = new Map<Locale, Map<string, string>>()
  const vary = compress ? 'Accept-Language, Accept-Encoding' : 'Accept-Language'
  const memo = (key: string, make: () => CachedJson): CachedJson => {
    let rep = cache.get(key)
    if (!rep) cache.set(key, (rep = make()))
    return rep
  }
  const tag = (...parts: string[]): string => `"${[...parts, RENDERING].join('.')}"`
  return {
    vary,
    entry(entry, lang, client) {
      // A link entry has no localized texts and no per-client parts: one representation.
      if (entry.depth === 'link') return memo(`l\0${entry.id}`, () => cachedJson(JSON.stringify(entry), tag(entry.hash, 'link'), vary, undefined, compress))
      return memo(`g\0${entry.id}\0${lang}\0${client ?? ''}`, () =>
        cachedJson(JSON.stringify(localize(client ? narrowToClient(entry, client) : entry, lang)), tag(entry.hash, lang, client ?? 'all'), vary, lang, compress),
      )
    },
    questions(guide, lang, client) {
      return memo(`q\0${guide.id}\0${lang}\0${client ?? ''}`, () => {
        const questions = client ? narrowToClient(guide, client).questions : guide.questions
        const body = JSON.stringify({ platform: guide.id, client: client ?? null, questions: localize(questions, lang) })
        return cachedJson(body, tag(guide.hash, lang, client ?? 'all', 'q'), vary, lang, compress)
      })
    },
    list: (body, lang) => cachedJson(body, tag(view.index.hash, lang, 'list'), 'Accept-Language', lang),
    summary(id, lang) {
      let byId = summaries.get(lang)
      if (!byId) {
        byId = new Map(view.index.entries.map((s) => [s.id, JSON.stringify(localize(s, lang))]))
        summaries.set(lang, byId)
      }
      return byId.get(id)!
    },
  }
}
