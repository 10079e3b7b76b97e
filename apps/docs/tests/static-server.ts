/**
 * @module
 * A small static file server for the built site on 127.0.0.1 and a free port, serving
 * `x.html` for `/x` the way static hosts do.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
}

function resolveFile(root: string, urlPath: string): string | undefined {
  const path = normalize(join(root, decodeURIComponent(urlPath)))
  if (!path.startsWith(root)) return undefined
  for (const candidate of [path, `${path}.html`, join(path, 'index.html')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  return undefined
}

export async function serveStatic(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const file = resolveFile(root, (req.url ?? '/').split('?')[0] ?? '/')
    const status = file ? 200 : 404
    const body = readFileSync(file ?? join(root, '404.html'))
    res.writeHead(status, { 'Content-Type': (file && TYPES[extname(file)]) || TYPES['.html'] })
    res.end(body)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}
