import { GradeSchema } from '@deregister/core/schema'
import type { LinkEntry } from '@deregister/core/schema'
import { cleanDomains, isLanguage, isWebUrl, nameAliases } from './fields'
import { DIRECTORY_CATEGORY, JDM_SOURCE } from './jdm-source'
import { mailtoLink } from './mailto'
import type { Note } from './report'
import { slugify } from './slug'

/** A converted service before it gets its unique id. */
export interface Draft {
  index: number
  /** The id it asks for: from the name, or from its first domain when the name has no Latin letters. */
  slug: string
  entry: Omit<LinkEntry, 'id'>
}

const KNOWN = new Set(['name', 'url', 'difficulty', 'domains', 'notes', 'email', 'email_subject', 'email_body'])
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined)

function email(site: Record<string, unknown>, index: number, name: string, note: Note): LinkEntry['email'] {
  const subject = text(site.email_subject)
  const body = text(site.email_body)
  if (site.email === undefined) {
    if (subject || body) note(index, name, 'email-without-address', 'email subject or body without an address')
    return undefined
  }
  const address = text(site.email)
  if (!address || !EMAIL.test(address)) return void note(index, name, 'invalid-email', `"${String(site.email)}" is not an address`)
  if (address !== site.email) note(index, name, 'email-normalized', `"${String(site.email)}" → "${address}"`)
  return { address, ...(subject ? { subject } : {}), ...(body ? { body } : {}), mailto: mailtoLink(address, subject, body) }
}

/** Per-language notes and URLs: `notes` is English, `notes_<lang>` / `url_<lang>` the rest. */
function localized(site: Record<string, unknown>, index: number, name: string, note: Note): Pick<LinkEntry, 'notes' | 'urls'> {
  const notes: Record<string, string> = {}
  const urls: Record<string, string> = {}
  if (text(site.notes)) notes.en = text(site.notes)!
  else if (site.notes !== undefined) note(index, name, 'empty-field', 'notes is empty')
  for (const [key, value] of Object.entries(site)) {
    const m = /^(notes|url)_(.+)$/.exec(key)
    if (KNOWN.has(key)) continue
    if (!m || !isLanguage(m[2]!)) {
      note(index, name, 'ignored-field', `${key}: ${JSON.stringify(value).slice(0, 60)} (not imported)`)
      continue
    }
    const [, kind, lang] = m as unknown as [string, 'notes' | 'url', string]
    const v = text(value)
    if (!v) note(index, name, 'empty-field', `${key} is empty`)
    else if (kind === 'url' && !isWebUrl(v)) note(index, name, 'invalid-localized-url', `${key} "${v.slice(0, 60)}" is not an http(s) URL`)
    else if (kind === 'notes' && lang === 'en' && notes.en && notes.en !== v) note(index, name, 'duplicate-language', `notes_en differs from notes; kept notes`)
    else (kind === 'url' ? urls : notes)[lang] = v
  }
  return { notes, urls }
}

/** Converts one JustDeleteMe service; `undefined` (with a note saying why) when it cannot be used. */
export function convertSite(raw: unknown, index: number, note: Note): Draft | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return void note(index, `#${index}`, 'invalid-entry', `not an object: ${JSON.stringify(raw)?.slice(0, 60)}`)
  const site = raw as Record<string, unknown>
  const name = text(site.name)
  if (!name) return void note(index, `#${index}`, 'missing-name', 'no name')
  const url = text(site.url)
  if (!url) return void note(index, name, 'missing-url', 'no deletion URL')
  if (!isWebUrl(url)) return void note(index, name, 'invalid-url', `"${url}" is not an http(s) URL`)
  const grade = GradeSchema.safeParse(site.difficulty)
  if (!grade.success) note(index, name, 'invalid-grade', `difficulty ${JSON.stringify(site.difficulty)} is not one of ${GradeSchema.options.join(', ')}`)
  const domains = cleanDomains(site.domains, index, name, note)
  let slug = slugify(name)
  if (!slug) {
    slug = domains[0] ? slugify(domains[0]) : `jdm-${index}`
    note(index, name, 'slug-fallback', `no Latin letters in the name; id "${slug}" from ${domains[0] ?? 'its position'}`)
  }
  const entry: Omit<LinkEntry, 'id'> = {
    depth: 'link',
    name,
    aliases: nameAliases(name),
    category: DIRECTORY_CATEGORY,
    url,
    ...localized(site, index, name, note),
    ...(grade.success ? { grade: grade.data, gradeSource: JDM_SOURCE.id } : {}),
    domains,
    sources: [JDM_SOURCE],
  }
  const mail = email(site, index, name, note)
  return { index, slug, entry: mail ? { ...entry, email: mail } : entry }
}
