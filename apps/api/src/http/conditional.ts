/**
 * The opaque part of an entity tag, without the weak prefix (If-None-Match compares weakly,
 * RFC 9110 §13.1.2) and without the content-coding suffix of a compressed variant.
 */
const opaque = (tag: string): string => (tag.startsWith('W/') ? tag.slice(2) : tag).replace(/-(br|gzip)"$/, '"')

/** Whether an `If-None-Match` header matches `etag` or one of its compressed variants, so a 304 can be sent. */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const want = opaque(etag)
  for (const part of header.split(',')) if (opaque(part.trim()) === want) return true
  return false
}
