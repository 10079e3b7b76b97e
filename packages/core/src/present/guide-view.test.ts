import { describe, expect, it } from 'vitest'
import { compiledCoinbox } from '../testing/compiled-coinbox'
import { presentGuide } from './guide-view'

describe('presentGuide', () => {
  it('groups requirements as must / recommended / info, each once, counted from the list', () => {
    const v = presentGuide(compiledCoinbox, 'zh-CN')
    expect(v.requirements.map((g) => [g.key, g.count])).toEqual([
      ['must', 3],
      ['recommended', 1],
      ['info', 0],
    ])
    expect(v.requirements[0]!.heading).toBe('必须先处理（3 项）')
    const ids = v.requirements.flatMap((g) => g.items.map((i) => i.id))
    expect(new Set(ids).size).toBe(compiledCoinbox.requirements.length)
  })
  it('shows a disputed wait with every claim and the longer figure the dates use', () => {
    const [wait] = presentGuide(compiledCoinbox, 'en').waiting
    expect(wait!.duration.claims.map((c) => c.duration)).toEqual(['15 days', '14 days'])
    expect(wait!.duration.text).toBe('about 15 days')
    expect(wait!.revocability).toBe('The request can be withdrawn during this period.')
  })
  it('names the client it was narrowed to, and lists every client once', () => {
    const v = presentGuide(compiledCoinbox, 'en', 'android')
    expect(v.client).toEqual({ client: 'android', label: 'Android' })
    expect(v.clients.map((c) => c.client)).toEqual(['ios', 'android'])
  })
})
