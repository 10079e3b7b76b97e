import { describe, expect, it } from 'vitest'
import { negotiateLocale } from './language'

describe('negotiateLocale', () => {
  it('defaults to zh-CN without a header or without a shipped language in it', () => {
    expect(negotiateLocale(undefined)).toBe('zh-CN')
    expect(negotiateLocale('de-DE, fr;q=0.8')).toBe('zh-CN')
  })

  it('maps any Chinese or English tag to the shipped language, by q-value', () => {
    expect(negotiateLocale('en-US,en;q=0.9')).toBe('en')
    expect(negotiateLocale('zh-TW')).toBe('zh-CN')
    expect(negotiateLocale('zh;q=0.4, en;q=0.8')).toBe('en')
    expect(negotiateLocale('en;q=0, zh-CN')).toBe('zh-CN')
    expect(negotiateLocale('de, en;q=0.5')).toBe('en')
  })
})
