import { describe, expect, it } from 'vitest'
import { boostDocument, covers } from './search-query'
import { queryParts, tokenizeForIndex } from './tokenize'

const matches = (query: string, text: string): boolean => {
  const indexed = new Set(tokenizeForIndex(text).map((t) => t.toLowerCase()))
  return covers(queryParts(query), new Set([...queryParts(query).runs.flat(), ...queryParts(query).words].map((t) => t.toLowerCase()).filter((t) => indexed.has(t))))
}

describe('which sections a query matches', () => {
  it('finds a Chinese query of two words typed together in a sentence that has both', () => {
    expect(matches('注销后好友', '注销后 24 小时内，好友就看不到你了。')).toBe(true)
  })

  it('still needs every character of the query, in pieces the text holds', () => {
    expect(matches('注销后好友', '注销后 24 小时内，就看不到你了。')).toBe(false)
    expect(matches('零钱通', '零用钱和通知')).toBe(false)
    expect(matches('零钱通', '先赎回零钱通，再提现。')).toBe(true)
  })

  it('needs every word outside Chinese text', () => {
    expect(matches('IMAP 设置', '在设置里关闭 IMAP')).toBe(true)
    expect(matches('IMAP SMTP', '在设置里关闭 IMAP')).toBe(false)
    expect(covers(queryParts('WeChat'), new Set(['wechat']))).toBe(true)
  })
})

describe('ranking', () => {
  it('puts platform guides above general guides above developer pages', () => {
    expect(boostDocument('/platforms/wechat.html#requirements')).toBeGreaterThan(boostDocument('/guides/preparing.html'))
    expect(boostDocument('/en/guides/preparing.html')).toBeGreaterThan(boostDocument('/en/developers/api.html#curl'))
  })
})
