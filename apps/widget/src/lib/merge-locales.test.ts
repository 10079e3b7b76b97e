import { describe, expect, it } from 'vitest'
import { mergeLocales } from './merge-locales'

describe('mergeLocales', () => {
  it('turns texts that differ by language into localized texts and keeps the rest', () => {
    const zh = { id: 'wechat', name: '微信', steps: [{ id: 'open', text: '打开' }], days: 15, url: 'https://x.example' }
    const en = { id: 'wechat', name: 'WeChat', steps: [{ id: 'open', text: 'Open' }], days: 15, url: 'https://x.example' }
    expect(mergeLocales({ 'zh-CN': zh, en })).toEqual({
      id: 'wechat',
      name: { 'zh-CN': '微信', en: 'WeChat' },
      steps: [{ id: 'open', text: { 'zh-CN': '打开', en: 'Open' } }],
      days: 15,
      url: 'https://x.example',
    })
  })

  it('refuses answers whose shapes differ, rather than guessing', () => {
    expect(() => mergeLocales({ 'zh-CN': { steps: [1, 2] }, en: { steps: [1] } })).toThrow(/\.steps/)
    expect(() => mergeLocales({ 'zh-CN': { days: 1 }, en: { days: 2 } })).toThrow(/\.days/)
  })
})
