import { readdir, readFile } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import { EntrySchema, VocabularySchema } from '@deregister/core/schema'
import type { Entry, Vocabulary } from '@deregister/core/schema'
import type { ContentIssue } from './issue'
import { validateFile } from './validate'
import { parseYamlFile } from './yaml-file'
import type { YamlFile } from './yaml-file'

export interface LoadedEntry {
  yaml: YamlFile
  entry: Entry
}

export interface LoadedContent {
  entries: LoadedEntry[]
  vocabulary: Vocabulary
  /** The shared files, to locate problems found in them. */
  vocabularyFiles: YamlFile[]
  issues: ContentIssue[]
}

async function yamlFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(dir, n))
}

/**
 * Reads `content/platforms/*.yaml` (one entry each) and `content/shared/*.yaml`
 * (vocabularies, merged) under `contentDir`, validating every file against the schemas.
 * Paths in issues are relative to the directory holding `content/`.
 */
export async function loadContent(contentDir: string): Promise<LoadedContent> {
  const display = (f: string): string => relative(join(contentDir, '..'), f)
  const issues: ContentIssue[] = []
  const parse = async (path: string, schemaFile: string): Promise<YamlFile> => {
    const text = await readFile(path, 'utf8')
    const r = parseYamlFile(display(path), text)
    issues.push(...r.issues)
    const header = `# yaml-language-server: $schema=../schema/${schemaFile}`
    if (!text.startsWith(header))
      issues.push({ file: display(path), line: 1, column: 1, path: '', message: `first line must be "${header}" (editor validation)` })
    return r.file
  }

  const vocabulary: Vocabulary = { sources: [], verificationMethods: [], dataCategories: [], laws: [], complaintChannels: [] }
  const vocabularyFiles: YamlFile[] = []
  for (const path of await yamlFiles(join(contentDir, 'shared'))) {
    const yaml = await parse(path, 'vocabulary.schema.json')
    vocabularyFiles.push(yaml)
    if (yaml.data === undefined) continue
    const r = validateFile(yaml, VocabularySchema)
    issues.push(...r.issues)
    if (r.value) for (const key of Object.keys(vocabulary) as (keyof Vocabulary)[]) vocabulary[key].push(...(r.value[key] as never[]))
  }

  const entries: LoadedEntry[] = []
  for (const path of await yamlFiles(join(contentDir, 'platforms'))) {
    const yaml = await parse(path, 'platform.schema.json')
    if (yaml.data === undefined) continue
    const r = validateFile(yaml, EntrySchema)
    issues.push(...r.issues)
    if (!r.value) continue
    const expected = basename(path).replace(/\.ya?ml$/, '')
    if (r.value.id !== expected) issues.push(yaml.issue(['id'], `must match the file name "${expected}"`))
    entries.push({ yaml, entry: r.value })
  }
  return { entries, vocabulary, vocabularyFiles, issues }
}
