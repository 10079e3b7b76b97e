import { describe, expect, it } from 'vitest'
import { negotiateLocale } from './locale'

describe('negotiateLocale', () => {
  it('gives English to a German reader, not Chinese', () => {
    expect(negotiateLocale('de-DE,de;q=0.9')).toBe('en')
  })
  it('gives zh-CN to any Chinese tag, by preference', () => {
    expect(negotiateLocale('zh-TW')).toBe('zh-CN')
    expect(negotiateLocale('en;q=0.5, zh-Hant-HK;q=0.8')).toBe('zh-CN')
    expect(negotiateLocale('fr, zh;q=0.9')).toBe('en')
  })
  it('defaults to zh-CN when nothing is stated', () => {
    expect(negotiateLocale(undefined)).toBe('zh-CN')
    expect(negotiateLocale('')).toBe('zh-CN')
    expect(negotiateLocale('*')).toBe('zh-CN')
  })
})
