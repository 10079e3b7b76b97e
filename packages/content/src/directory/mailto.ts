/**
 * A `mailto:` link (RFC 6068) that opens a ready request: the address as is (only
 * characters that would break the URL are escaped), subject and body percent-encoded,
 * line breaks as CRLF.
 *
 * @example mailtoLink('privacy@example.com', 'Delete my account', 'Hi,\nplease…')
 * // 'mailto:privacy@example.com?subject=Delete%20my%20account&body=Hi%2C%0D%0Aplease%E2%80%A6'
 */
export function mailtoLink(address: string, subject?: string, body?: string): string {
  const to = encodeURIComponent(address).replace(/%40/g, '@')
  const crlf = (s: string): string => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'))
  const query = [
    ...(subject ? [`subject=${crlf(subject)}`] : []),
    ...(body ? [`body=${crlf(body)}`] : []),
  ].join('&')
  return `mailto:${to}${query ? `?${query}` : ''}`
}
