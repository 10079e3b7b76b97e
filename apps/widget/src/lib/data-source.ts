/**
 * Where platform data comes from. `src` ending in "/" is a static folder holding
 * `platforms/<id>.json`; any other `src` is an API base URL (`/v1/platforms/<id>`).
 * Without `src` the data sits beside the script, in `./platforms/`.
 */
export interface DataSource {
  kind: 'api' | 'static'
  base: string
}

export function dataSource(
  src: string | undefined,
  scriptUrl: string,
  baseUrl: string,
): DataSource {
  if (!src) return { kind: 'static', base: new URL('./', scriptUrl).href }
  const base = new URL(src, baseUrl).href
  return src.endsWith('/')
    ? { kind: 'static', base }
    : { kind: 'api', base: base.replace(/\/+$/, '') }
}

/** Every language at once: a static file holds them all, and the API gives them with `?lang=all`. */
export function entryUrl(source: DataSource, id: string): string {
  const safe = encodeURIComponent(id)
  return source.kind === 'api'
    ? `${source.base}/v1/platforms/${safe}?lang=all`
    : `${source.base}platforms/${safe}.json`
}

/** Reports go to the API only; a static folder cannot take them. */
export function reportUrl(source: DataSource, id: string): string | undefined {
  return source.kind === 'api'
    ? `${source.base}/v1/platforms/${encodeURIComponent(id)}/reports`
    : undefined
}

/** No cookies, no referrer: the data host learns nothing about the page or the reader. */
export const FETCH_PRIVACY = {
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  mode: 'cors',
} as const satisfies RequestInit
