import { readFile } from 'node:fs/promises'
import fc from 'fast-check'
import { join } from 'node:path'
import { createCatalogSearch } from '@deregister/core'
import type { Entry, Guide, LinkEntry } from '@deregister/core/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { compileCatalog } from '../compile'
import type { CheckResult } from '../pipeline'
import { checkContent } from '../pipeline'
import { importJdm } from './import-jdm'
import { chooseDirectory, repoRoot } from './load'

// JustDeleteMe's sites.json at the pinned commit, beside the repository (see its README).
const { source } = chooseDirectory(repoRoot(import.meta.dirname), {})
const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'valid', 'content')

interface Site {
  name: string
  url: string
  difficulty: string
  domains: string[]
  email?: string
  email_subject?: string
  email_body?: string
}
let sites: unknown[]
let checked: CheckResult
beforeAll(async () => {
  if (!source) return
  sites = JSON.parse(await readFile(source, 'utf8'))
  checked = await checkContent(fixture)
})

/** Test guides shaped like the real ones, built from the fixture guide: only identity differs. */
function guideLike(id: string, zh: string, en: string, aliases: string[], domains: string[]): Guide {
  const base = checked.entries[0] as Guide
  return { ...base, id, name: { 'zh-CN': zh, en }, aliases, domains }
}

describe.skipIf(!source)('importJdm on JustDeleteMe sites.json', () => {
  it('reads all 2,591 services and accounts for every one of them', () => {
    const { report, links } = importJdm(sites, checked.entries)
    expect(report).toMatchObject({ read: 2591, links: 2589, merged: 0, skipped: 2 })
    const accounted = new Set([...links.map((l) => l.name), ...report.notes.filter((n) => n.action !== 'fixed' && n.action !== 'dropped').map((n) => n.name)])
    for (const s of sites as { name: string }[]) expect(accounted.has(s.name.trim())).toBe(true)
    expect(new Set(links.map((l) => l.id)).size).toBe(links.length)
  })

  it('says why each service or field was left out', () => {
    const { report } = importJdm(sites, checked.entries)
    expect(report.notes.filter((n) => n.action === 'skipped').map((n) => [n.name, n.reason])).toEqual([
      ['France Identité', 'invalid-url'],
      ['Holland and Barrett', 'invalid-url'],
    ])
    expect(report.counts).toMatchObject({ 'invalid-domain': 3, 'invalid-localized-url': 1, 'ignored-field': 35, 'slug-fallback': 2 })
  })

  it('merges the services our guides cover, by name or domain, and no others', () => {
    const guides: Entry[] = [
      guideLike('wechat', '微信', 'WeChat', ['微信', 'wx'], ['weixin.qq.com']),
      guideLike('xiaomi-account', '小米账号', 'Xiaomi Account', ['小米'], ['account.xiaomi.com']),
      guideLike('netease', '网易邮箱', 'NetEase Mail', ['163 mail'], ['163.com', 'mail.126.com']),
    ]
    const { report, entries } = importJdm(sites, guides)
    expect(report.notes.filter((n) => n.action === 'merged').map((n) => [n.name, n.detail])).toEqual([
      ['Mi Account', '→ xiaomi-account (by domain account.xiaomi.com)'],
      ['WeChat', '→ wechat (by name "WeChat")'],
    ])
    const wechat = entries.find((e) => e.id === 'wechat') as Guide
    const listed = (sites as Site[]).find((s) => s.name === 'WeChat')!
    expect(wechat.directory).toEqual([{ url: listed.url, grade: listed.difficulty, source: 'jdm' }])
    expect(wechat.domains).toEqual([...new Set(['weixin.qq.com', ...listed.domains])])
    expect(entries.find((e) => e.id === 'netease')!.domains).toEqual(['163.com', 'mail.126.com'])
    expect(report.read).toBe(report.links + report.merged + report.skipped)
  })

  it('keeps notes in every language and ready mailto links', () => {
    const { links } = importJdm(sites, checked.entries)
    const byId = new Map<string, LinkEntry>(links.map((l) => [l.id, l]))
    expect(Object.keys(byId.get('e')!.notes).sort()).toEqual(['de', 'en', 'it', 'ru', 'tr'])
    const listed = (sites as Site[]).find((s) => s.name === '1xBet')!
    const mailto = new URL(byId.get('1xbet')!.email!.mailto)
    expect(mailto.pathname).toBe(listed.email)
    expect(Object.fromEntries(mailto.searchParams)).toEqual({ subject: listed.email_subject, body: listed.email_body })
  })

  it('finds services by domain and by name across the whole catalog', () => {
    const { entries } = importJdm(sites, [guideLike('wechat', '微信', 'WeChat', ['wx'], ['weixin.qq.com']), ...checked.entries])
    const search = createCatalogSearch(compileCatalog(entries, checked.vocabulary).index.entries)
    const ids = (list: { id: string }[]): string[] => list.map((e) => e.id)
    expect(ids(search.byDomain('weixin.qq.com'))).toEqual(['wechat'])
    expect(ids(search.byDomain('https://mp.weixin.qq.com/s/abc'))).toEqual(['wechat'])
    expect(ids(search.byDomain('app.element.io'))).toEqual(['element', 'matrix'])
    expect(ids(search.byDomain('www.audible.co.uk'))).toEqual(['amazon-audible'])
    expect(ids(search.search('微信'))).toEqual(['wechat'])
    expect(ids(search.search('pokemon', { limit: 2 }))).toEqual(['pokemon-go', 'pokemon-trainer-club'])
    expect(ids(search.search('', { grade: 'limited' }))).toHaveLength(14)
    expect(search.search('').length).toBe(2590)
    for (const q of ['a', 'e', 'go', 'mail', 'account delete'])
      expect(ids(search.search(q, { limit: 20 }))).toEqual(ids(search.search(q)).slice(0, 20))
  })
})

describe('importJdm on any input', () => {
  const service = fc.record(
    {
      name: fc.oneof(fc.constantFrom('Nike', 'Nike+', 'Мій Клас', '', 'CB'), fc.string()),
      url: fc.oneof(fc.constant('https://x.example/delete'), fc.webUrl(), fc.string()),
      difficulty: fc.constantFrom('easy', 'hard', 'limited', 'nope'),
      domains: fc.array(fc.oneof(fc.domain(), fc.string()), { maxLength: 3 }),
      email: fc.oneof(fc.emailAddress(), fc.string()),
      notes_fr: fc.string(),
    },
    { requiredKeys: [] },
  )

  it('accounts for every service: emitted, merged or skipped with a reason', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(service, fc.anything()), { maxLength: 30 }), (list) => {
        const { report, links } = importJdm(list)
        expect(report.read).toBe(list.length)
        expect(report.read).toBe(report.links + report.merged + report.skipped)
        expect(new Set(links.map((l) => l.id)).size).toBe(links.length)
      }),
    )
  })
})
