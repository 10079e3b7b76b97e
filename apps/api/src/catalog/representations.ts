/**
 * @module
 * Response bodies as JSON text, made once per entry, language and client and reused: a
 * GET then costs a map lookup, and its strong ETag comes from the content hash.
 */
import { localize } from '@deregister/core'
import type { Client, CompiledEntry, CompiledGuide, Locale } from '@deregister/core'
import { narrowToClient } from './narrow'
import type { CatalogView } from './view'

/** A body ready to send and its strong entity tag. */
export interface Representation {
  body: string
  etag: string
}

// Bumped when the API changes how it renders content, so old ETags stop matching.
const RENDERING = 'r1'

export interface Representations {
  entry(entry: CompiledEntry, lang: Locale, client?: Client): Representation
  questions(guide: CompiledGuide, lang: Locale, client?: Client): Representation
  /** One localized summary as JSON text, by id. */
  summary(id: string, lang: Locale): string
  listTag(lang: Locale): string
}

export function createRepresentations(view: CatalogView): Representations {
  const cache = new Map<string, Representation>()
  const summaries = new Map<Locale, Map<string, string>>()
  const memo = (key: string, make: () => Representation): Representation => {
    let rep = cache.get(key)
    if (!rep) cache.set(key, (rep = make()))
    return rep
  }
  const tag = (...parts: string[]): string => `"${[...parts, RENDERING].join('.')}"`
  return {
    entry(entry, lang, client) {
      // A link entry has no localized texts and no per-client parts: one representation.
      if (entry.depth === 'link') return memo(`l\0${entry.id}`, () => ({ body: JSON.stringify(entry), etag: tag(entry.hash, 'link') }))
      return memo(`g\0${entry.id}\0${lang}\0${client ?? ''}`, () => ({
        body: JSON.stringify(localize(client ? narrowToClient(entry, client) : entry, lang)),
        etag: tag(entry.hash, lang, client ?? 'all'),
      }))
    },
    questions(guide, lang, client) {
      return memo(`q\0${guide.id}\0${lang}\0${client ?? ''}`, () => {
        const questions = client ? narrowToClient(guide, client).questions : guide.questions
        return {
          body: JSON.stringify({ platform: guide.id, client: client ?? null, questions: localize(questions, lang) }),
          etag: tag(guide.hash, lang, client ?? 'all', 'q'),
        }
      })
    },
    summary(id, lang) {
      let byId = summaries.get(lang)
      if (!byId) {
        byId = new Map(view.index.entries.map((s) => [s.id, JSON.stringify(localize(s, lang))]))
        summaries.set(lang, byId)
      }
      return byId.get(id)!
    },
    listTag: (lang) => tag(view.index.hash, lang, 'list'),
  }
}
