import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseJsonSafely } from './safe-json'

describe('parseJsonSafely', () => {
  it('names the path of what it rejects', () => {
    expect(parseJsonSafely('{"a":{"__proto__":1}}')).toMatchObject({ ok: false, path: 'a.__proto__' })
    expect(parseJsonSafely('{"a":["x","y\\u0000"]}')).toMatchObject({ ok: false, path: 'a.1', message: expect.stringContaining('NUL') })
    expect(parseJsonSafely('{"n":1e400}')).toMatchObject({ ok: false, path: 'n' })
    expect(parseJsonSafely(`${'['.repeat(9)}${']'.repeat(9)}`)).toMatchObject({ ok: false, message: expect.stringContaining('nested') })
    expect(parseJsonSafely('{"a":')).toMatchObject({ ok: false, message: expect.stringContaining('invalid JSON') })
  })

  it('accepts any shallow JSON without forbidden keys, NUL or long strings, unchanged', () => {
    const safe = fc.jsonValue({ maxDepth: 4 }).filter((v) => !/__proto__|constructor|prototype|\\u0000/.test(JSON.stringify(v) ?? ''))
    fc.assert(
      fc.property(safe, (v) => {
        const text = JSON.stringify(v)
        const parsed = parseJsonSafely(text)
        if (parsed.ok) expect(JSON.stringify(parsed.value)).toBe(text)
        else expect(parsed.message).toMatch(/longer than/)
      }),
    )
  })
})
