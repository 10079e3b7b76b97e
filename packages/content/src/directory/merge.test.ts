import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { CompiledEntrySchema } from '@deregister/core/schema'
import { describe, expect, it } from 'vitest'
import { checkContent, writeCatalog } from '../pipeline'
import { compileWithDirectory } from './with-directory'

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'valid', 'content')
const site = (name: string, domains: string[], extra: object = {}): object => ({
  name, url: `https://example.net/${encodeURIComponent(name)}/delete`, difficulty: 'medium', domains, ...extra,
})
const sites = [
  site('Coinbox Wallet', ['coinbox.example.com', 'pay.coinbox.example.com'], { difficulty: 'hard' }),
  site('CB', ['cb.example.org']),
  site('Other Service', ['other.example.net'], { notes: 'Settings ⮕ Delete', notes_fr: 'Paramètres ⮕ Supprimer' }),
  site('Nike', ['nike.example']),
  site('NIKE!', ['nike.example.org']),
  site('Other Service', ['other.example.net']),
]

async function build(): Promise<{ out: string; report: Awaited<ReturnType<typeof compileWithDirectory>>['report'] }> {
  const dir = await mkdtemp(join(tmpdir(), 'deregister-jdm-'))
  await writeFile(join(dir, 'sites.json'), JSON.stringify(sites))
  const checked = await checkContent(fixture)
  const { catalog, report } = await compileWithDirectory(checked.entries, checked.vocabulary, 'sites.json', dir)
  await writeCatalog(catalog, join(dir, 'catalog'))
  return { out: join(dir, 'catalog'), report }
}
const readJson = async (path: string): Promise<Record<string, unknown>> => JSON.parse(await readFile(path, 'utf8'))

describe('the directory merged with our guides', () => {
  it('folds services that match a guide by domain or by alias into the guide, with their source', async () => {
    const { out, report } = await build()
    const coinbox = await readJson(join(out, 'platforms', 'coinbox.json'))
    expect(coinbox.directory).toEqual([
      { url: 'https://example.net/Coinbox%20Wallet/delete', grade: 'hard', source: 'jdm' },
      { url: 'https://example.net/CB/delete', grade: 'medium', source: 'jdm' },
    ])
    expect(coinbox.domains).toEqual(['coinbox.example.com', 'pay.coinbox.example.com', 'cb.example.org'])
    expect(coinbox.sources).toContainEqual(expect.objectContaining({ id: 'jdm', title: 'JustDeleteMe', kind: 'directory' }))
    expect(report.notes.filter((n) => n.action === 'merged').map((n) => n.detail)).toEqual([
      '→ coinbox (by domain coinbox.example.com)',
      '→ coinbox (by name "CB")',
    ])
  })

  it('emits the other services as link entries with unique ids, guides first in the index', async () => {
    const { out, report } = await build()
    const index = await readJson(join(out, 'index.json'))
    const entries = index.entries as { id: string; depth: string; grade?: string }[]
    expect(entries.map((e) => [e.id, e.depth])).toEqual([
      ['coinbox', 'guide'], ['nike', 'link'], ['nike-2', 'link'], ['other-service', 'link'],
    ])
    expect(report).toMatchObject({ read: 6, links: 3, merged: 2, skipped: 1, counts: { 'duplicate-slug': 1, 'duplicate-entry': 1 } })
    expect(report.read).toBe(report.links + report.merged + report.skipped)
    const other = await readJson(join(out, 'platforms', 'other-service.json'))
    expect(other).toMatchObject({ depth: 'link', grade: 'medium', gradeSource: 'jdm', notes: { en: 'Settings ⮕ Delete', fr: 'Paramètres ⮕ Supprimer' } })
  })

  it('writes entries that validate against the compiled schema, in files and in catalog.js alike', async () => {
    const { out } = await build()
    const mod = (await import(pathToFileURL(join(out, 'catalog.js')).href)) as { entries: Record<string, unknown> }
    expect(Object.keys(mod.entries).sort()).toEqual(['coinbox', 'nike', 'nike-2', 'other-service'])
    for (const [id, entry] of Object.entries(mod.entries)) {
      expect(CompiledEntrySchema.safeParse(entry).success).toBe(true)
      expect(await readJson(join(out, 'platforms', `${id}.json`))).toEqual(entry)
    }
  })

  it('drops the files of services that left the directory when the catalog is rebuilt', async () => {
    const { out } = await build()
    const checked = await checkContent(fixture)
    const dir = await mkdtemp(join(tmpdir(), 'deregister-jdm-'))
    await writeFile(join(dir, 'sites.json'), JSON.stringify([site('Nike', ['nike.example'], { difficulty: 'easy' })]))
    const { catalog } = await compileWithDirectory(checked.entries, checked.vocabulary, join(dir, 'sites.json'))
    await writeCatalog(catalog, out)
    expect((await readdir(join(out, 'platforms'))).sort()).toEqual(['coinbox.json', 'nike.json'])
    expect(await readJson(join(out, 'platforms', 'nike.json'))).toMatchObject({ grade: 'easy' })
  })
})
