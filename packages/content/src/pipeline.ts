import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Entry, Vocabulary } from '@deregister/core/schema'
import type { Catalog } from './compile'
import { compileCatalog } from './compile'
import { crossCheck } from './cross-check'
import type { ContentIssue } from './issue'
import { jsonSchemas } from './json-schema'
import { loadContent } from './load'

/** The repository's `content/` folder: `DEREGISTER_CONTENT`, else found above this file. */
export function defaultContentDir(): string {
  if (process.env.DEREGISTER_CONTENT) return resolve(process.env.DEREGISTER_CONTENT)
  let dir = dirname(fileURLToPath(import.meta.url))
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml')) && existsSync(join(dir, 'content'))) return join(dir, 'content')
    dir = dirname(dir)
  }
  throw new Error('cannot find the content/ folder; set DEREGISTER_CONTENT')
}

export interface CheckResult {
  issues: ContentIssue[]
  entries: Entry[]
  /** The shared vocabularies, to compile more entries with (e.g. an imported directory). */
  vocabulary: Vocabulary
  catalog?: Catalog
}

/** Loads, validates and cross-checks; compiles the catalog when there is nothing wrong. */
export async function checkContent(contentDir = defaultContentDir()): Promise<CheckResult> {
  const content = await loadContent(contentDir)
  const issues = [...content.issues, ...crossCheck(content)].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  )
  const entries = content.entries.map((e) => e.entry)
  const vocabulary = content.vocabulary
  if (issues.length) return { issues, entries, vocabulary }
  return { issues, entries, vocabulary, catalog: compileCatalog(entries, vocabulary) }
}

function writeIfChanged(path: string, text: string): void {
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text)
}

/**
 * Writes the catalog: `index.json`, `platforms/<id>.json`, and `catalog.js` + `catalog.d.ts`
 * (the same data as an ES module, for bundlers and edge runtimes without a file system).
 */
export async function writeCatalog(catalog: Catalog, outDir: string): Promise<void> {
  const dir = join(outDir, 'platforms')
  await mkdir(dir, { recursive: true })
  await writeFile(join(outDir, 'index.json'), JSON.stringify(catalog.index))
  // With the directory there are thousands of small files: rewrite only those that changed
  // and remove only those that are gone (deleting and rewriting all took seconds).
  const files = new Map(catalog.entries.map((e) => [`${e.id}.json`, JSON.stringify(e)]))
  for (const name of readdirSync(dir)) if (!files.has(name)) rmSync(join(dir, name), { recursive: true, force: true })
  for (const [name, text] of files) writeIfChanged(join(dir, name), text)
  const byId = Object.fromEntries(catalog.entries.map((e) => [e.id, e]))
  await writeFile(
    join(outDir, 'catalog.js'),
    `// Generated from content/ by @deregister/content. Do not edit.\nexport const index = ${JSON.stringify(catalog.index)}\nexport const entries = ${JSON.stringify(byId)}\n`,
  )
  await writeFile(
    join(outDir, 'catalog.d.ts'),
    `import type { CatalogIndex, CompiledEntry } from '@deregister/core'\nexport declare const index: CatalogIndex\nexport declare const entries: Record<string, CompiledEntry>\n`,
  )
}

/** Writes the editor JSON Schemas into `content/schema/`; returns the files that changed. */
export async function writeJsonSchemas(contentDir: string): Promise<string[]> {
  const dir = join(contentDir, 'schema')
  await mkdir(dir, { recursive: true })
  const changed: string[] = []
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const path = join(dir, name)
    const text = `${JSON.stringify(schema, null, 2)}\n`
    const old = await readFile(path, 'utf8').catch(() => '')
    if (old === text) continue
    changed.push(path)
    await writeFile(path, text)
  }
  return changed
}
