import { describe, expect, it } from 'vitest'
import { SourceSchema } from '../schema/source'
import { officialEntry, presentSources } from './sources'
import type { GuideWithEntry } from './sources'

const sources = [
  { id: 'tutorial', title: '注销教程', publisher: '路由通', date: '2025-06-01', url: 'https://example.com/a', kind: 'secondary' },
  { id: 'report', title: '微信可以注销了', publisher: '人民日报', date: '2017-08-13', kind: 'press' },
  { id: 'anon', title: '注销概述' },
].map((s) => SourceSchema.parse(s))
const law = SourceSchema.parse({ id: 'pipl', title: '个人信息保护法', publisher: '全国人大常委会', date: '2021-08-20', kind: 'law' })

const guide: GuideWithEntry = {
  sources: [...sources, SourceSchema.parse({ id: 'jdm', title: 'JustDeleteMe', kind: 'directory', date: 'undated' })],
  glossary: { sources: [law, sources[0]!] },
  clients: [
    { client: 'ios', menuPath: [{ 'zh-CN': '我', en: 'Me' }, { 'zh-CN': '注销账号', en: 'Delete Account' }] },
    { client: 'web', menuPath: [{ 'zh-CN': '更多功能', en: 'More Features' }], url: 'https://reg.example.com/' },
  ],
  links: [
    { label: { 'zh-CN': '通行证', en: 'Passport' }, url: 'https://reg.example.com/' },
    { label: { 'zh-CN': '帮助中心', en: 'Help centre' }, url: 'https://help.example.com/' },
  ],
  directory: [{ url: 'https://help.example.com/delete', source: 'jdm' }],
}

describe('presentSources', () => {
  it('shows kind, publisher and date in the reader language, glossary sources once', () => {
    const en = presentSources(guide, 'en')
    expect(en.map((s) => s.id)).toEqual(['tutorial', 'report', 'anon', 'jdm', 'pipl'])
    expect(en[0]).toEqual({
      id: 'tutorial', title: '注销教程', url: 'https://example.com/a', kind: 'secondary', kindLabel: 'Secondary',
      publisher: '路由通', publisherStated: true, date: '2025-06-01', dateText: '2025-06-01',
    })
    expect(en[1]).toMatchObject({ kindLabel: 'Press', dateText: '2017-08-13' })
    expect(en[1]).not.toHaveProperty('url')
    expect(en[4]).toMatchObject({ kind: 'law', kindLabel: 'Law' })
  })

  it('says "publisher not stated" and "undated" instead of a raw unknown', () => {
    const [zh, en] = [presentSources(guide, 'zh-CN')[2]!, presentSources(guide, 'en')[2]!]
    expect(en).toMatchObject({ publisher: 'Publisher not stated', publisherStated: false, dateText: 'Undated', kindLabel: 'Secondary' })
    expect(en).not.toHaveProperty('date')
    expect(zh).toMatchObject({ publisher: '未注明发布者', dateText: '未注明日期', kindLabel: '二手资料' })
    for (const s of [...presentSources(guide, 'en'), ...presentSources(guide, 'zh-CN')]) expect(s.publisher).not.toMatch(/unknown/i)
  })
})

describe('officialEntry', () => {
  it('lists each client menu path, then official and directory links not already shown', () => {
    expect(officialEntry(guide, 'en')).toEqual([
      { label: 'iOS', menuPath: ['Me', 'Delete Account'] },
      { label: 'Web', url: 'https://reg.example.com/', menuPath: ['More Features'] },
      { label: 'Help centre', url: 'https://help.example.com/', menuPath: [] },
      { label: 'Deletion page (listed by JustDeleteMe)', url: 'https://help.example.com/delete', menuPath: [] },
    ])
  })

  it('words the entry in Chinese with full-width punctuation', () => {
    const zh = officialEntry(guide, 'zh-CN')
    expect(zh[0]).toEqual({ label: 'iOS', menuPath: ['我', '注销账号'] })
    expect(zh[1]!.label).toBe('网页版')
    expect(zh[3]!.label).toBe('注销页面\uff08JustDeleteMe 收录\uff09')
  })
})

describe('a guide already in one language', () => {
  it('reads menu labels and link labels given as plain strings', () => {
    const local = { sources: [], clients: [{ client: 'android' as const, menuPath: ['设置', '注销账号'] }], links: [{ label: '通行证', url: 'https://reg.example.com/' }] }
    expect(officialEntry(local, 'zh-CN')).toEqual([
      { label: 'Android', menuPath: ['设置', '注销账号'] },
      { label: '通行证', url: 'https://reg.example.com/', menuPath: [] },
    ])
  })
})
