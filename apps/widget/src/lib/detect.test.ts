import { describe, expect, it } from 'vitest'
import { localeOf, pickClient, preferredClients } from './detect'

describe('client detection', () => {
  it('suggests iOS on an iPhone and on an iPad that reports itself as a Mac', () => {
    expect(preferredClients('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)')).toEqual(['ios'])
    expect(preferredClients('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', 5)).toEqual(['ios'])
  })

  it('falls back to the first client the platform has', () => {
    expect(pickClient(['ios', 'android'], undefined, preferredClients('Mozilla/5.0 (X11; Linux x86_64)'))).toBe('ios')
    expect(pickClient(['ios', 'android'], 'android', ['ios'])).toBe('android')
    expect(pickClient(['ios', 'web'], 'symbian', ['web'])).toBe('web')
  })
})

describe('localeOf', () => {
  it('maps every Chinese tag to zh-CN and anything else to English', () => {
    expect(localeOf('zh-Hans-CN')).toBe('zh-CN')
    expect(localeOf('zh')).toBe('zh-CN')
    expect(localeOf('de-CH')).toBe('en')
    expect(localeOf('')).toBeUndefined()
  })
})
