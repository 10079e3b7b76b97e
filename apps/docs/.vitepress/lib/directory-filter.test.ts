import { describe, expect, it } from 'vitest'
import { filterRows, haystack, queryTokens } from './directory-filter'
import type { DirectoryRow } from './directory-row'

const rows: DirectoryRow[] = [
  { id: 'wechat', n: '微信', a: ['WeChat', '微信支付'], d: ['weixin.qq.com'], g: 'hard', guide: 1 },
  { id: 'mi', n: 'Mi Account', d: ['account.xiaomi.com'], g: 'medium', u: 'https://account.xiaomi.com' },
  { id: 'pokemon', n: 'Pokémon GO', d: ['pokemongolive.com'], g: 'impossible', u: 'https://example.com/p' },
]
const hays = rows.map(haystack)
const ids = (query: string, grade: DirectoryRow['g'] | '' = ''): string[] => filterRows(rows, hays, query, grade).map((r) => r.id)

describe('directory search', () => {
  it('finds Chinese names by any part of them', () => {
    expect(ids('微信')).toEqual(['wechat'])
    expect(ids('信支')).toEqual(['wechat'])
  })

  it('finds a service by a domain or part of one', () => {
    expect(ids('weixin.qq.com')).toEqual(['wechat'])
    expect(ids('xiaomi')).toEqual(['mi'])
  })

  it('ignores case, width, accents, punctuation and word order', () => {
    expect(ids('ＡＣＣＯＵＮＴ mi')).toEqual(['mi'])
    expect(ids('pokemon')).toEqual(['pokemon'])
    expect(ids('mi-account')).toEqual(['mi'])
  })

  it('keeps every row for an empty query and filters by grade', () => {
    expect(queryTokens('  ')).toEqual([])
    expect(ids('')).toEqual(['wechat', 'mi', 'pokemon'])
    expect(ids('', 'impossible')).toEqual(['pokemon'])
    expect(ids('微信', 'medium')).toEqual([])
  })
})
