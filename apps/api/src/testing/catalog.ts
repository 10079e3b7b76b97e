/**
 * The catalog the tests run against: packages/content's valid fixture (the invented guide
 * `coinbox`, on ios and android) plus two link-level entries, compiled like the real one.
 */
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { compileCatalog, loadContent } from '@deregister/content'
import type { LinkEntry } from '@deregister/core'
import { LinkEntrySchema } from '@deregister/core/schema'
import type { CatalogData } from '../catalog/view'

// The fixture reaches the tests through the content package's exports, wherever it is installed.
const FIXTURE = dirname(dirname(createRequire(import.meta.url).resolve('@deregister/content/fixtures/valid/content/platforms/coinbox.yaml')))

const links: LinkEntry[] = [
  {
    id: 'example-mail',
    depth: 'link',
    name: 'Example Mail',
    aliases: ['ExMail'],
    category: 'mail',
    domains: ['mail.example.org', 'example.org'],
    url: 'https://mail.example.org/account/delete',
    grade: 'hard',
    gradeSource: 'fixture-directory',
    notes: { en: 'Write to support first.' },
    sources: [{ id: 'fixture-directory', title: 'A directory', publisher: 'Test', kind: 'directory' }],
  },
  {
    id: 'photo-share',
    depth: 'link',
    name: 'Photo Share',
    category: 'social',
    domains: ['photos.example.net'],
    url: 'https://photos.example.net/settings/delete',
    grade: 'easy',
    sources: [{ id: 'fixture-directory', title: 'A directory', publisher: 'Test', kind: 'directory' }],
  },
].map((e) => LinkEntrySchema.parse(e))

/** Compiled test catalog: one guide (`coinbox`) and two links (`example-mail`, `photo-share`). */
export async function testCatalog(): Promise<CatalogData> {
  const content = await loadContent(FIXTURE)
  if (content.issues.length) throw new Error(`fixture content is invalid: ${content.issues.map((i) => i.message).join('; ')}`)
  const catalog = compileCatalog([...content.entries.map((e) => e.entry), ...links], content.vocabulary, 'fixture/')
  return { index: catalog.index, entries: Object.fromEntries(catalog.entries.map((e) => [e.id, e])) }
}
