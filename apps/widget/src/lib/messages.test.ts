import { describe, expect, it } from 'vitest'
import { halfWidthMarks } from '@deregister/content'
import { MESSAGE_KEYS, translator } from './messages'

describe('interface texts', () => {
  it('write Chinese with full-width punctuation, by the rule content:check applies to content', () => {
    const zh = translator('zh-CN')
    const texts = MESSAGE_KEYS.map(
      (key) => [key, zh(key, { s: 'JustDeleteMe', id: '0', n: 2 })] as const,
    )
    expect(texts.filter(([, text]) => halfWidthMarks(text).length)).toEqual([])
  })

  it('have an English text for every key', () => {
    const en = translator('en')
    expect(MESSAGE_KEYS.filter((key) => !en(key).trim())).toEqual([])
  })
})
