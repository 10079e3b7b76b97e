/** Strips the weak prefix: If-None-Match compares entity tags weakly (RFC 9110 §13.1.2). */
const opaque = (tag: string): string => (tag.startsWith('W/') ? tag.slice(2) : tag)

/** Whether an `If-None-Match` header matches `etag`, so a 304 can be sent. */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const want = opaque(etag)
  for (const part of header.split(',')) if (opaque(part.trim()) === want) return true
  return false
}
