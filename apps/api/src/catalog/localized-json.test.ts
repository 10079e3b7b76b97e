import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate, localize } from '@deregister/core'
import type { CompiledGuide } from '@deregister/core'
import { testCatalog } from '../testing/catalog'
import { createLocalizedJson } from './localized-json'

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes)

describe('createLocalizedJson', () => {
  it('encodes exactly what JSON.stringify(localize()) writes for any engine result', async () => {
    const guide = (await testCatalog()).entries.coinbox as CompiledGuide
    const json = createLocalizedJson([guide])
    const answers = fc.record(
      { balance: fc.integer({ min: 0, max: 1000 }), savings: fc.boolean(), cards: fc.boolean(), plan: fc.constantFrom('none', 'gold') },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(answers, fc.constantFrom(undefined, 'ios' as const, 'android' as const), fc.constantFrom('zh-CN' as const, 'en' as const), (a, client, lang) => {
        const result = evaluate(guide, { answers: a, client, startDate: '2026-09-28' })
        expect(decode(json.encode(result, lang))).toBe(JSON.stringify(localize(result, lang)))
      }),
      { numRuns: 300 },
    )
  })

  it('leaves out undefined members and writes non-finite numbers as null, like JSON.stringify', () => {
    const json = createLocalizedJson([])
    const value = { a: undefined, b: [undefined, Infinity], c: { 'zh-CN': '甲', en: 'A' }, d: 'x"y' }
    expect(decode(json.encode(value, 'en'))).toBe(JSON.stringify(localize(value, 'en')))
  })
})
