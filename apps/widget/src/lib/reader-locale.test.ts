import { describe, expect, it } from 'vitest'
import { readerLocale } from './reader-locale'

describe('readerLocale', () => {
  it('takes the attribute first, and gives English for any language other than Chinese', () => {
    expect(readerLocale('zh-Hans-CN', null, ['en'])).toBe('zh-CN')
    expect(readerLocale('de-CH', null, ['zh-CN'])).toBe('en')
  })

  it('reads the browser list as core negotiates a header: its first language decides', () => {
    expect(readerLocale(undefined, null, ['de-DE', 'de', 'zh-CN'])).toBe('en')
    expect(readerLocale('', null, ['zh-TW', 'en'])).toBe('zh-CN')
    expect(readerLocale(undefined, null, [])).toBe('zh-CN')
  })
})
