/**
 * @module
 * `GET /healthz`, `GET /openapi.json` and the interactive reference at `/reference`, whose
 * script is served from the installed @scalar/api-reference package (no CDN).
 */
import { OpenAPIHono, createRoute } from '@hono/zod-openapi'
import { Scalar } from '@scalar/hono-api-reference'
import type { Context } from 'hono'
import type { CatalogView } from '../catalog/view'
import type { AppEnv } from '../env'
import { HealthSchema } from '../openapi/schemas'
import { problem } from '../problem'

export const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'Liveness and the catalog version served',
  responses: {
    200: { description: 'Serving', content: { 'application/json': { schema: HealthSchema } } },
  },
})

export interface MetaDeps {
  view: CatalogView
  /** The OpenAPI document as JSON text, built on first use. */
  openapi: () => string
  /** The reference UI's standalone script; absent, `/reference` answers 404. */
  referenceScript?: () => string | Promise<string>
}

async function sha256Tag(text: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
  )
  return `"${Array.from(digest.subarray(0, 12), (b) => b.toString(16).padStart(2, '0')).join('')}"`
}

/** The reference page's icon, the docs site's check mark, as a data URI (the CSP allows `data:` images). */
const REFERENCE_ICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#3451b2"/>' +
    '<path d="M9 16.5l4.5 4.5L23 11.5" stroke="#fff" stroke-width="3.2" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>',
)}`

// The reference page needs inline bootstrapping and styles; everything else stays strict.
export const REFERENCE_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'"

export function metaRoutes({ view, openapi, referenceScript }: MetaDeps) {
  let script: Promise<{ text: string; etag: string }> | undefined
  const loadScript = (
    load: NonNullable<MetaDeps['referenceScript']>,
  ): Promise<{ text: string; etag: string }> =>
    (script ??= Promise.resolve(load()).then(async (text) => ({
      text,
      etag: await sha256Tag(text),
    })))
  const health = {
    status: 'ok' as const,
    catalog: view.index.hash,
    entries: view.index.entries.length,
  }
  const scalar = Scalar({
    url: '/openapi.json',
    cdn: '/reference/standalone.js',
    pageTitle: 'Deregister API',
    withDefaultFonts: false,
    // Scalar's toolbar (its SDK generator and sharing service) shows on loopback hosts by
    // default; the reference documents this API and links nowhere else.
    showDeveloperTools: 'never',
    // An icon of its own, so the browser does not ask the API for /favicon.ico.
    favicon: REFERENCE_ICON,
  })

  return new OpenAPIHono<AppEnv>()
    .openapi(healthRoute, (c) => c.json(health, 200, { 'Cache-Control': 'no-store' }))
    .get('/openapi.json', (c) =>
      c.body(openapi(), 200, {
        'Cache-Control': 'public, max-age=300',
        'Content-Type': 'application/json; charset=utf-8',
      }),
    )
    .get('/reference', async (c, next) => {
      if (!referenceScript)
        return problem(c, {
          status: 404,
          title: 'Not found',
          detail: 'The reference UI is not bundled here.',
        })
      c.header('Content-Security-Policy', REFERENCE_CSP)
      c.header('Cache-Control', 'public, max-age=300')
      return scalar(c as unknown as Context, next)
    })
    .get('/reference/standalone.js', async (c) => {
      if (!referenceScript) return problem(c, { status: 404, title: 'Not found' })
      const { text, etag } = await loadScript(referenceScript)
      // The app's etag middleware answers 304 to a matching If-None-Match.
      return c.body(text, 200, {
        ETag: etag,
        'Cache-Control': 'public, max-age=86400',
        'Content-Type': 'text/javascript; charset=utf-8',
      })
    })
}
