import { describe, expect, it } from 'vitest'
import { bigrams, tokenizeForIndex, tokenizeForQuery } from './tokenize'

describe('search tokenizers', () => {
  it('cuts a run of Han characters into overlapping bigrams', () => {
    expect(bigrams('零钱通')).toEqual(['零钱', '钱通'])
    expect(bigrams('冻')).toEqual(['冻'])
  })

  it('finds a word the segmenter splits differently inside a sentence', () => {
    const indexed = new Set(tokenizeForIndex('先赎回零钱通、提现零钱,再解绑银行卡。'))
    for (const token of tokenizeForQuery('零钱通')) expect(indexed).toContain(token)
  })

  it('indexes each distinct token once', () => {
    const tokens = tokenizeForIndex('冻结账号,冻结')
    expect(tokens).toContain('冻结')
    expect(tokens.filter((t) => t === '冻结')).toHaveLength(1)
  })

  it('keeps Latin words and mixed text apart', () => {
    expect(tokenizeForQuery('IMAP设置')).toEqual(['设置', 'IMAP'])
    expect(tokenizeForIndex('Turn off IMAP/SMTP first')).toEqual(expect.arrayContaining(['IMAP', 'SMTP', 'first']))
  })

  it('does not match a query whose characters are not adjacent in the text', () => {
    const indexed = new Set(tokenizeForIndex('零用钱和通知'))
    expect(tokenizeForQuery('零钱通').every((t) => indexed.has(t))).toBe(false)
  })
})

describe('words outside Chinese text', () => {
  it('cuts where Unicode word boundaries cut Latin text', () => {
    const text = 'IMAP weixin.qq.com don\'t 8.0.34 e-mail Mi_Account GB/T 35273-2020 §8.5 Pokémon a.b. c'
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' })
    const expected = [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment)
    expect(tokenizeForQuery(text)).toEqual(expected)
  })
})
