import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mailtoLink } from './mailto'

/** Reads a mailto: link back the way mail clients do. */
function parse(link: string): { to: string; subject?: string; body?: string } {
  const url = new URL(link)
  const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'))
  return {
    to: decodeURIComponent(url.pathname),
    ...(params.has('subject') ? { subject: params.get('subject')! } : {}),
    ...(params.has('body') ? { body: params.get('body')! } : {}),
  }
}

describe('mailtoLink', () => {
  it('percent-encodes subject and body and keeps the address readable', () => {
    expect(mailtoLink('privacy@example.com', 'Delete my account', 'Name: X & Y?\nThanks #1 100%')).toBe(
      'mailto:privacy@example.com?subject=Delete%20my%20account&body=Name%3A%20X%20%26%20Y%3F%0D%0AThanks%20%231%20100%25',
    )
  })

  it('writes line breaks as CRLF, as RFC 6068 asks', () => {
    expect(parse(mailtoLink('a@b.co', undefined, 'one\ntwo\r\nthree')).body).toBe('one\r\ntwo\r\nthree')
  })

  it('leaves out the query when there is neither subject nor body', () => {
    expect(mailtoLink('a@b.co')).toBe('mailto:a@b.co')
    expect(mailtoLink('a@b.co', 'Hi')).toBe('mailto:a@b.co?subject=Hi')
  })

  it('round-trips any subject and body through a URL parser', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1 }), (subject, body) => {
        const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n')
        expect(parse(mailtoLink('x+tag@example.org', subject, body))).toEqual({ to: 'x+tag@example.org', subject: crlf(subject), body: crlf(body) })
      }),
    )
  })
})
