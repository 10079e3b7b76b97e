#!/usr/bin/env node
/**
 * A tiny static server for the demo help-center page and the built widget (127.0.0.1 only).
 * The page is sent with a strict CSP carrying a fresh nonce, and the script tag with its
 * Subresource Integrity hash. Widget attributes come from the query string:
 *   /?platform=wechat&lang=en&client=ios&view=check&persist=&src=…
 * The page is written in English, so `lang` is `en` unless `pageLang` says otherwise.
 * Pass `assets` (another server's origin) to load the script and data cross-origin.
 */
import { createHash, randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html' }
const ATTRS = ['platform', 'lang', 'client', 'view', 'src', 'persist', 'theme']
const escapeAttr = (s) => s.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)

export async function sriOf(file = join(ROOT, 'dist', 'deregister.js')) {
  return `sha384-${createHash('sha384').update(await readFile(file)).digest('base64')}`
}

async function page(url, origin, assets) {
  const nonce = randomBytes(16).toString('base64')
  const attrs = ATTRS.filter((a) => url.searchParams.has(a))
    .map((a) => (url.searchParams.get(a) === '' ? a : `${a}="${escapeAttr(url.searchParams.get(a))}"`))
    .join(' ')
  const integrity = url.searchParams.get('integrity') === 'tampered' ? `sha384-${'A'.repeat(64)}` : await sriOf()
  const html = (await readFile(join(ROOT, 'demo', 'index.html'), 'utf8'))
    .replaceAll('{{nonce}}', nonce)
    .replaceAll('{{script}}', `${assets}/dist/deregister.js`)
    .replaceAll('{{integrity}}', integrity)
    .replaceAll('{{pageLang}}', escapeAttr(url.searchParams.get('pageLang') ?? 'en'))
    .replaceAll('{{attrs}}', attrs || 'platform="wechat"')
  const api = url.searchParams.get('src')?.startsWith('http') ? ` ${new URL(url.searchParams.get('src')).origin}` : ''
  const csp = `default-src 'none'; script-src 'nonce-${nonce}' 'strict-dynamic'; style-src 'self'; connect-src ${assets}${api}; img-src 'self'`
  return { html, csp: assets === origin ? csp.replace(`connect-src ${assets}`, "connect-src 'self'") : csp }
}

/** Starts the server; `handle` may answer a request first (tests add an API there). */
export function serve({ port = 0, assets, handle } = {}) {
  const server = createServer(async (req, res) => {
    const origin = `http://127.0.0.1:${server.address().port}`
    const url = new URL(req.url ?? '/', origin)
    try {
      if (handle && (await handle(req, res, url))) return
      if (url.pathname === '/favicon.ico') return res.writeHead(204).end()
      if (url.pathname === '/') {
        const { html, csp } = await page(url, origin, assets ?? origin)
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp })
        return res.end(html)
      }
      const path = normalize(url.pathname).replace(/^(\.\.[/\\])+/, '')
      if (!/^\/(dist|demo)\//.test(path)) throw Object.assign(new Error('not found'), { code: 'ENOENT' })
      const body = await readFile(join(ROOT, path))
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' })
      res.end(body)
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' || e.code === 'EISDIR' ? 404 : 500, { 'content-type': 'text/plain' })
      res.end(String(e.message))
    }
  })
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`
      resolve({ url, close: () => new Promise((r) => server.close(() => r())) })
    }),
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve({ port: Number(process.env.PORT ?? 4180) })
  console.log(`demo help center: ${url}/?platform=wechat&lang=en`)
}
