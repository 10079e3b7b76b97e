import { describe, expect, it } from 'vitest'
import { noneMatch } from './conditional'

describe('noneMatch', () => {
  it('matches the tag, its weak form, any listed tag, and *', () => {
    expect(noneMatch('"a.r1"', '"a.r1"')).toBe(true)
    expect(noneMatch('W/"a.r1"', '"a.r1"')).toBe(true)
    expect(noneMatch('"x", "a.r1"', '"a.r1"')).toBe(true)
    expect(noneMatch('*', '"a.r1"')).toBe(true)
  })

  it('matches a compressed variant of the same representation but not another one', () => {
    expect(noneMatch('"a.r1-br"', '"a.r1"')).toBe(true)
    expect(noneMatch('"a.r1-gzip"', '"a.r1"')).toBe(true)
    expect(noneMatch('"b.r1-br"', '"a.r1"')).toBe(false)
    expect(noneMatch(undefined, '"a.r1"')).toBe(false)
  })
})
