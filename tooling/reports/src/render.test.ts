import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import type { PlatformGroup } from './group'
import { escapeMarkdown, renderMarkdown, renderText } from './render'

// A Markdown renderer with autolinks on, as GitHub renders a checklist pasted into an issue.
const markdown = new MarkdownIt({ html: true, linkify: true })
const html = (text: string): string => markdown.render(text)

const HOSTILE = [
  'see https://evil.example/x',
  'or www.evil.example',
  'or write to me@evil.example',
  'mailto:me@evil.example',
  '\\[x\\]\\(https://evil.example\\)',
  '[x](https://evil.example)',
  '![img](https://evil.example/i.png)',
  '<a href="https://evil.example">a</a>',
  '<https://evil.example>',
  '[x][1]\n\n[1]: https://evil.example',
]

const group = (message: string): PlatformGroup[] => [
  {
    platform: 'coinbox',
    name: 'Coinbox',
    count: 1,
    targets: [
      {
        target: 'general',
        label: 'general',
        reports: [{ id: 'r1', platform: 'coinbox', target: 'general', kind: 'outdated', message, contentHash: 'h', status: 'open', createdAt: '2026-05-01T00:00:00.000Z' }],
      },
    ],
  },
]

describe('reader text in the Markdown checklist', () => {
  it.each(HOSTILE)('can make no link, image or HTML: %s', (text) => {
    const rendered = html(escapeMarkdown(text))
    expect(rendered).not.toMatch(/<a[\s>]|<img[\s>]/)
  })

  it('keeps the words readable', () => {
    expect(html(escapeMarkdown('菜单改了:设置 › 账号与安全'))).toContain('菜单改了:设置 › 账号与安全')
  })
})

describe('control characters from a report', () => {
  const C1 = '\u0085\u009b31m'
  const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']
  const message = `a${C1}b ${BIDI.join('x')} c`

  it.each([
    ['the terminal listing', () => renderText(group(message), 'db')],
    ['the Markdown checklist', () => renderMarkdown(group(message), new Date('2026-05-02T00:00:00Z'))],
  ])('reach neither %s', (_name, render) => {
    const out = render()
    expect(out).not.toMatch(/[\u0080-\u009f]/)
    expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
    expect(out).toContain('xxxxxxxx')
  })
})
