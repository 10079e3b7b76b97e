import { normalizeSearchText } from '@deregister/core'
import { LinkEntrySchema } from '@deregister/core/schema'
import type { Entry, LinkEntry } from '@deregister/core/schema'
import type { Draft } from './convert'
import { convertSite } from './convert'
import { mergeDirectory } from './merge'
import type { ImportReport, Note } from './report'
import { createNotes, summarizeNotes } from './report'
import { uniqueSlug } from './slug'

export interface DirectoryImport {
  /** The content entries (guides that matched a service now carry its link) plus the new link entries. */
  entries: Entry[]
  links: LinkEntry[]
  report: ImportReport
}

/** Drops a service listed twice with the same name and URL. */
function withoutRepeats(drafts: Draft[], note: Note): Draft[] {
  const seen = new Map<string, Draft>()
  return drafts.filter((d) => {
    const key = `${normalizeSearchText(d.entry.name)} ${d.entry.url}`
    const first = seen.get(key)
    if (first) note(d.index, d.entry.name, 'duplicate-entry', `same name and URL as #${first.index}`)
    else seen.set(key, d)
    return !first
  })
}

/** Gives each service a unique id (content ids come first) and validates it as a link entry. */
function finish(drafts: Draft[], content: readonly Entry[], note: Note): LinkEntry[] {
  const owner = new Map(content.map((e) => [e.id, typeof e.name === 'string' ? e.name : e.name.en]))
  const links: LinkEntry[] = []
  for (const d of drafts) {
    const id = uniqueSlug(d.slug, owner)
    if (id !== d.slug) note(d.index, d.entry.name, 'duplicate-slug', `"${d.slug}" is taken by ${owner.get(d.slug)}; id "${id}"`)
    const parsed = LinkEntrySchema.safeParse({ id, ...d.entry })
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
      note(d.index, d.entry.name, 'schema-rejected', why)
      continue
    }
    owner.set(id, d.entry.name)
    links.push(parsed.data)
  }
  return links
}

/**
 * Imports JustDeleteMe's `sites.json` (already parsed) beside `content` (our validated
 * entries): converts every service to a link-level entry, folds the ones we have a guide
 * for into that guide, and reports every service or field it skipped, repaired or merged.
 *
 * @example
 * const { entries, report } = importJdm(JSON.parse(text), checked.entries)
 * report.read === report.links + report.merged + report.skipped // always
 */
export function importJdm(sites: unknown, content: readonly Entry[] = []): DirectoryImport {
  if (!Array.isArray(sites)) throw new Error('JustDeleteMe sites.json must be a JSON array of services')
  const { note, notes } = createNotes()
  const drafts = sites.flatMap((site, i) => convertSite(site, i, note) ?? [])
  const merged = mergeDirectory(content, withoutRepeats(drafts, note), note)
  const links = finish(merged.remaining, content, note)
  notes.sort((a, b) => a.index - b.index)
  return { entries: [...merged.entries, ...links], links, report: summarizeNotes(sites.length, links.length, notes) }
}
