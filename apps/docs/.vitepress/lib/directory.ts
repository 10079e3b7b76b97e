/**
 * @module
 * The directory page's data (Node only): every link-level entry of the catalog, with our
 * full guides first, as one compact JSON file per language in the built site's `directory/`
 * folder, fetched by the page when it opens; plus what the page's HTML says about it
 * (counts, the files' hashed names and the source's licence notice, read at build time from
 * beside the directory the content build imported). Computed once per build.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chooseDirectory } from '@deregister/content'
import type { CompiledGuide, CompiledLink, Grade, Locale } from '@deregister/core'
import { catalogDir, guides, linkEntries } from './catalog'
import { GRADES } from './directory-row'
import type { DirectoryFile, DirectoryRow } from './directory-row'

export const DIRECTORY_DIR = '/directory/'
const LOCALES: readonly Locale[] = ['zh-CN', 'en']

export interface DirectorySummary {
  links: number
  guides: number
  grades: Record<Grade, number>
  /** URL path of each language's file (under the site base). */
  files: Record<Locale, string>
  /** The licence notice of the directory's source, when its file is at hand. */
  licence: string | null
}

interface Built {
  summary: DirectorySummary
  bodies: Map<string, string>
}

/** The notes in the page's language, else English, with the language they are in. */
function pickNotes(byLang: Record<string, string>, locale: Locale): { text: string; lang: string } | undefined {
  for (const lang of [locale, locale.split('-')[0] ?? '', 'en']) {
    const text = byLang[lang]
    if (text) return { text, lang }
  }
  return undefined
}

function notesFields(byLang: Record<string, string>, locale: Locale): Pick<DirectoryRow, 'o' | 'ol'> {
  const notes = pickNotes(byLang, locale)
  if (!notes) return {}
  const translated = notes.lang === locale || notes.lang === locale.split('-')[0]
  return translated ? { o: notes.text } : { o: notes.text, ol: notes.lang }
}

function linkRow(e: CompiledLink, locale: Locale): DirectoryRow {
  return {
    id: e.id,
    n: e.name,
    u: e.urls[locale] ?? e.url,
    ...(e.grade ? { g: e.grade } : {}),
    d: e.domains,
    ...notesFields(e.notes, locale),
    ...(e.email ? { m: e.email.mailto } : {}),
  }
}

function guideRow(g: CompiledGuide, locale: Locale): DirectoryRow {
  const grade = g.directory.find((d) => d.grade)?.grade
  return { id: g.id, n: g.name[locale], d: g.domains, a: g.aliases, ...(grade ? { g: grade } : {}), ours: g.difficulty.level, guide: 1 }
}

/** The licence file beside the imported directory's `sites.json`, when it is a local file. */
function licence(): string | null {
  const root = fileURLToPath(new URL('../../../..', import.meta.url))
  const source = chooseDirectory(root, process.env).source
  const file = source && !/^https?:/i.test(source) ? join(dirname(source), 'LICENSE') : undefined
  return file && existsSync(file) ? readFileSync(file, 'utf8').trim() : null
}

function build(): Built {
  const links = linkEntries()
  const full = guides()
  const grades = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>
  for (const e of links) if (e.grade) grades[e.grade]++
  const bodies = new Map<string, string>()
  const files = {} as Record<Locale, string>
  for (const locale of LOCALES) {
    const file: DirectoryFile = { rows: [...full.map((g) => guideRow(g, locale)), ...links.map((e) => linkRow(e, locale))] }
    const body = JSON.stringify(file)
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 10)
    files[locale] = `${DIRECTORY_DIR}links.${locale}.${hash}.json`
    bodies.set(files[locale], body)
  }
  const summary = { links: links.length, guides: full.length, grades, files, licence: links.length ? licence() : null }
  return { summary, bodies }
}

// The data loader and the build's end run in one process; build the files once for both.
const cache = ((globalThis as { __deregisterDirectory?: Map<string, Built> }).__deregisterDirectory ??= new Map())

function built(): Built {
  const key = catalogDir()
  let hit = cache.get(key)
  if (!hit) cache.set(key, (hit = build()))
  return hit
}

export function directorySummary(): DirectorySummary {
  return built().summary
}

/** The body served at a URL path of `directorySummary().files`, if it is one. */
export function directoryBody(path: string): string | undefined {
  return built().bodies.get(path)
}

/** Writes each language's file into the built site. */
export function writeDirectory(outDir: string): void {
  mkdirSync(join(outDir, DIRECTORY_DIR), { recursive: true })
  for (const [path, body] of built().bodies) writeFileSync(join(outDir, path), body)
}
