import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createTextIndex } from './text-index'

/** The plain definition the index must agree with. */
const naive = (rows: string[], needle: string, max = Infinity): number[] =>
  needle ? rows.flatMap((row, i) => (row.includes(needle) ? [i] : [])).slice(0, max) : []

describe('text index', () => {
  it('finds the rows holding a needle, in order, each once', () => {
    const rows = ['\u0001wechat\u0001微信\u0001', '\u0001weibo\u0001微博\u0001', '\u0001qq mail\u0001qq邮箱\u0001', '\u0001chat\u0001']
    const index = createTextIndex(rows)
    expect(index.containing('chat')).toEqual([0, 3])
    expect(index.containing('微')).toEqual([0, 1])
    expect(index.containing('\u0001we')).toEqual([0, 1])
    expect(index.containing('chat', 1)).toEqual([0])
    expect(index.containing('zz')).toEqual([])
    expect(index.containing('')).toEqual([])
  })

  it('agrees with a plain scan for any rows and needle', () => {
    // A small alphabet so that needles often occur, repeat inside a row and span pairs.
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '微', '信', '\u0001'), maxLength: 12 })
    fc.assert(
      fc.property(fc.array(text, { maxLength: 20 }), text, fc.option(fc.nat(5), { nil: undefined }), (rows, needle, max) => {
        expect(createTextIndex(rows).containing(needle, max)).toEqual(naive(rows, needle, max))
      }),
      { numRuns: 2000 },
    )
  })
})
