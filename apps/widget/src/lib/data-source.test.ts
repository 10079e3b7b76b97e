import { describe, expect, it } from 'vitest'
import { dataSource, entryUrl, reportUrl } from './data-source'

const script = 'https://cdn.example.com/deregister/deregister.js'
const page = 'https://help.example.org/account/delete'

describe('dataSource', () => {
  it('reads platform JSON beside the script when no src is given', () => {
    const s = dataSource(undefined, script, page)
    expect(entryUrl(s, 'wechat')).toBe('https://cdn.example.com/deregister/platforms/wechat.json')
    expect(reportUrl(s, 'wechat')).toBeUndefined()
  })

  it('treats a src ending in a slash as a static folder, relative to the page', () => {
    expect(entryUrl(dataSource('/data/', script, page), 'wechat')).toBe(
      'https://help.example.org/data/platforms/wechat.json',
    )
  })

  it('treats any other src as an API base URL that also takes reports, asked for every language', () => {
    const s = dataSource('https://api.example.net', script, page)
    expect(entryUrl(s, 'xiaomi-account')).toBe(
      'https://api.example.net/v1/platforms/xiaomi-account?lang=all',
    )
    expect(reportUrl(s, 'wechat')).toBe('https://api.example.net/v1/platforms/wechat/reports')
  })
})
