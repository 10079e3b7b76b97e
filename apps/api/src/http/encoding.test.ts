import { describe, expect, it } from 'vitest'
import { negotiateEncoding } from './encoding'

describe('negotiateEncoding', () => {
  it('prefers br, then gzip, and honours q=0', () => {
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br')
    expect(negotiateEncoding('gzip')).toBe('gzip')
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip')
    expect(negotiateEncoding('*')).toBe('br')
    expect(negotiateEncoding('identity')).toBe('identity')
    expect(negotiateEncoding(undefined)).toBe('identity')
  })
})
