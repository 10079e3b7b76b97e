/**
 * @module
 * The app on workerd (Cloudflare Workers). wrangler bundles it; the reference UI's script is
 * bundled as a text module (see `rules` in wrangler.toml), so nothing is fetched from a CDN.
 */
import * as catalog from '@deregister/content/catalog'
import standalone from '@scalar/api-reference/browser/standalone.js'
import { getConnInfo } from 'hono/cloudflare-workers'
import { createApp } from './app'

// workerd has no client address of its own: Cloudflare's edge sets CF-Connecting-IP.
const app = createApp({
  catalog,
  clientAddress: (c) => getConnInfo(c).remote.address,
  referenceScript: () => standalone,
})

export default app
