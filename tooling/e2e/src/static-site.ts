import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'

export interface Site {
  url: string
  close(): Promise<void>
}

/** Serves a folder on 127.0.0.1 and a free port (`x.html` for `/x`, as static hosts do), plus extra pages by path. */
export async function serveFolder(root: string, pages: Record<string, string> = {}): Promise<Site> {
  const files = sirv(root, { dev: true, extensions: ['html'] })
  const server = createServer((req, res) => {
    const page = pages[(req.url ?? '/').split('?')[0]!]
    if (page) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)
    files(req, res, () => {
      res.writeHead(404).end('not found')
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  }
}
