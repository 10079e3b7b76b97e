export type ContentCoding = 'br' | 'gzip' | 'identity'

function accepts(header: string, coding: string): boolean {
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    if (name.trim() !== coding && name.trim() !== '*') continue
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return !q || Number(q.slice(2)) > 0
  }
  return false
}

const memo = new Map<string, ContentCoding>()

/** The best coding of a pre-compressed body an `Accept-Encoding` header allows: br, gzip, else none. */
export function negotiateEncoding(header: string | undefined): ContentCoding {
  if (!header) return 'identity'
  let coding = memo.get(header)
  if (!coding) {
    coding = accepts(header, 'br') ? 'br' : accepts(header, 'gzip') ? 'gzip' : 'identity'
    if (memo.size < 500) memo.set(header, coding)
  }
  return coding
}
