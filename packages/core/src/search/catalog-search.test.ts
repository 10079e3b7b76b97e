import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Summary } from '../schema/compiled'
import { createCatalogSearch } from './catalog-search'
import { domainCandidates, hostOf } from './domain'
import { normalizeSearchText } from './normalize'

const guide = (id: string, zh: string, en: string, aliases: string[], domains: string[]): Summary => ({
  id, depth: 'guide', name: { 'zh-CN': zh, en }, aliases, category: 'social', domains, hash: id,
})
const link = (id: string, name: string, domains: string[], grade = 'easy'): Summary => ({
  id, depth: 'link', name: { 'zh-CN': name, en: name }, aliases: [], category: 'uncategorized', domains, grade, hash: id,
})

const entries = [
  guide('wechat', '微信', 'WeChat', ['wx', 'Weixin'], ['weixin.qq.com', 'wechat.com']),
  guide('xiaomi-account', '小米账号', 'Xiaomi Account', ['Mi Account'], ['account.xiaomi.com']),
  link('qq', 'QQ', ['qq.com']),
  link('pokemon-go', 'Pokémon GO', ['pokemongolive.com'], 'hard'),
  link('wechat-pay-hk', 'WeChat Pay HK', ['wechatpay.com.hk']),
  link('element', 'Element', ['element.io', 'app.element.io']),
  link('matrix', 'Matrix', ['matrix.org', 'element.io']),
]
const search = createCatalogSearch(entries)
const ids = (list: Summary[]): string[] => list.map((e) => e.id)

describe('createCatalogSearch().search', () => {
  it('puts the exact name first, then names that start with the query', () => {
    expect(ids(search.search('wechat'))).toEqual(['wechat', 'wechat-pay-hk'])
  })

  it('finds Chinese names by substring without pinyin', () => {
    expect(ids(search.search('小米'))).toEqual(['xiaomi-account'])
    expect(ids(search.search('微信'))).toEqual(['wechat'])
  })

  it('ignores case, accents, full-width forms, spaces and punctuation', () => {
    expect(ids(search.search('pokemon go'))).toEqual(['pokemon-go'])
    expect(ids(search.search('ＭＩ ＡＣＣＯＵＮＴ'))).toEqual(['xiaomi-account'])
  })

  it('matches aliases and domains, names before domains', () => {
    expect(ids(search.search('wx'))).toEqual(['wechat'])
    expect(ids(search.search('element'))).toEqual(['element', 'matrix'])
  })

  it('matches every word of a query in any order', () => {
    expect(ids(search.search('account xiaomi'))).toEqual(['xiaomi-account'])
  })

  it('filters by depth, grade and category and honours the limit', () => {
    expect(ids(search.search('', { depth: 'guide' }))).toEqual(['wechat', 'xiaomi-account'])
    expect(ids(search.search('', { grade: 'hard' }))).toEqual(['pokemon-go'])
    expect(ids(search.search('', { category: 'social', limit: 1 }))).toEqual(['wechat'])
  })

  it('gives the first results of the full ranking whatever the limit', () => {
    fc.assert(
      fc.property(fc.constantFrom('a', 'e', 'o', 'm', 'c', 'we', 'ch', 'com', 'wechat pay', 'element io'), fc.integer({ min: 1, max: 4 }), (q, limit) => {
        expect(ids(search.search(q, { limit }))).toEqual(ids(search.search(q)).slice(0, limit))
      }),
    )
  })

  it('returns nothing for a query no entry contains', () => {
    expect(search.search('zzzz-not-a-service')).toEqual([])
  })
})

describe('createCatalogSearch().byDomain', () => {
  it('finds a service by any of its domains, from a host or a URL', () => {
    expect(ids(search.byDomain('weixin.qq.com'))).toEqual(['wechat'])
    expect(ids(search.byDomain('https://WeChat.com/en/login?x=1'))).toEqual(['wechat'])
  })

  it('falls back to the closest listed parent domain', () => {
    expect(ids(search.byDomain('mp.weixin.qq.com'))).toEqual(['wechat'])
    expect(ids(search.byDomain('mail.qq.com'))).toEqual(['qq'])
  })

  it('returns every service that shares a domain', () => {
    expect(ids(search.byDomain('element.io'))).toEqual(['element', 'matrix'])
  })

  it('returns nothing for an unknown or malformed host', () => {
    expect(search.byDomain('example.org')).toEqual([])
    expect(search.byDomain('not a host')).toEqual([])
  })
})

describe('hostOf and domainCandidates', () => {
  it('reduces URLs and hosts with ports, users and trailing dots to the host', () => {
    expect(hostOf('HTTPS://user@WX.QQ.com:443/login')).toBe('wx.qq.com')
    expect(hostOf('wechat.com.')).toBe('wechat.com')
    expect(hostOf('')).toBeUndefined()
  })

  it('lists parents down to two labels', () => {
    expect(domainCandidates('a.b.qq.com')).toEqual(['a.b.qq.com', 'b.qq.com', 'qq.com'])
  })

  it('normalizes idempotently', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeSearchText(normalizeSearchText(s)) === normalizeSearchText(s)))
  })
})
