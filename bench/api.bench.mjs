// HTTP throughput of the API on Node against a Hono hello-world baseline, measured in the
// same run: autocannon (this process) drives each server (its own child process) on loopback.
// BENCH_DURATION (seconds, default 30) and BENCH_CONNECTIONS (default 32) shorten or widen it.
// Baseline and target runs alternate (baseline, target, baseline, target, …, baseline) and each
// target is compared with the mean of the two baseline runs around it, so a shared machine's
// load drifting during the run moves both sides of a ratio alike. BENCH_REFERENCE=1 also runs each
// target against a bare node:http server answering the very bytes the API answered (status,
// headers, body), which separates the cost of sending those bytes from the API's own work.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request } from 'node:http'
import { createRequire } from 'node:module'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { report } from './lib.mjs'

const root = new URL('..', import.meta.url).pathname
const api = join(root, 'apps/api')
// The API package owns the HTTP dependencies; resolve them from there.
const requireApi = createRequire(join(api, 'package.json'))
const importApi = (name) => import(pathToFileURL(requireApi.resolve(name)).href)

// `node api.bench.mjs baseline`: the hello-world server, in its own process.
if (process.argv[2] === 'baseline') {
  const [{ Hono }, { serve }] = await Promise.all([importApi('hono'), importApi('@hono/node-server')])
  const app = new Hono().get('/', (c) => c.json({ hello: 'world' }))
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`listening on http://127.0.0.1:${info.port}`))
} else if (process.argv[2] === 'reference') {
  // `node api.bench.mjs reference answers.json`: bare node:http replaying recorded answers.
  const answers = new Map(JSON.parse(readFileSync(process.argv[3], 'utf8')).map((a) => [a.key, { ...a, body: Buffer.from(a.body, 'base64') }]))
  const server = createServer((req, res) => {
    const a = answers.get(`${req.method} ${req.url} ${req.headers['if-none-match'] ?? ''}`)
    req.resume()
    req.once('end', () => (res.writeHead(a?.status ?? 404, a?.headers ?? {}), res.end(a?.status === 304 ? undefined : a?.body)))
  })
  server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`))
} else {
  await main()
}

/** Starts a server process and resolves its base URL from the first line naming one. */
function start(args, env = {}) {
  const child = spawn(process.execPath, args, { cwd: api, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (m) resolve({ url: m[1], stop: () => new Promise((done) => (child.once('exit', done), child.kill('SIGTERM'))) })
    })
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)))
  })
}

/** The raw answer (status, headers, undecoded body) to one request, keyed for the reference server. */
function record(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => {
        const kept = Object.entries(res.headers).filter(([k]) => !['date', 'connection', 'keep-alive'].includes(k))
        const { pathname, search } = new URL(url)
        resolve({ key: `${method} ${pathname}${search} ${headers['if-none-match'] ?? ''}`, status: res.statusCode, headers: Object.fromEntries(kept), body: Buffer.concat(chunks).toString('base64') })
      })
    })
    req.once('error', reject)
    req.end(body)
  })
}

async function load(autocannon, url, options, seconds) {
  return autocannon({ url, connections: Number(process.env.BENCH_CONNECTIONS ?? 32), duration: seconds, ...options })
}

async function main() {
  const { default: autocannon } = await importApi('autocannon')
  const duration = Number(process.env.BENCH_DURATION ?? 30)
  const warmup = Math.min(5, Math.max(1, Math.round(duration / 6)))

  // The heaviest guide, with every question answered so every requirement is evaluated.
  const index = JSON.parse(readFileSync(join(root, 'packages/content/dist/catalog/index.json'), 'utf8'))
  const guides = index.entries.filter((e) => e.depth === 'guide').map((e) => e.id)
  const sized = guides.map((id) => [id, readFileSync(join(root, `packages/content/dist/catalog/platforms/${id}.json`), 'utf8')])
  const [id, text] = sized.sort((a, b) => b[1].length - a[1].length)[0]
  const guide = JSON.parse(text)
  const answers = Object.fromEntries(
    guide.questions.map((q) => [q.id, q.type === 'boolean' ? true : q.type === 'number' ? Math.max(q.min ?? 0, 100) : q.options[1].value]),
  )
  const post = JSON.stringify({ answers, client: guide.clients[0].client, startDate: '2026-09-28' })
  // A query matching more than one entry, and a subdomain of the guide's first domain.
  const query = 'mail'
  const domain = `www.${guide.domains?.[0] ?? `${id}.com`}`
  console.log(`directory loaded: ${index.entries.length} entries (${index.entries.length - guides.length} link-level)`)
  // What readers type: each entry's name, its first letters, its id and its main domain: more distinct queries than
  // the API's shared cache holds (4,096), asked in turn so that none is still cached when asked again.
  const queries = [...new Set(index.entries.flatMap((e) => [e.name.en, e.name.en.slice(0, 3), e.name['zh-CN'], e.id, ...e.domains.slice(0, 1)]).map((n) => n.trim().toLowerCase()).filter(Boolean))]
  let asked = 0
  const nextQuery = (req) => ({ ...req, path: `/v1/platforms?q=${encodeURIComponent(queries[asked++ % queries.length])}` })

  const data = mkdtempSync(join(tmpdir(), 'deregister-bench-'))
  const tsx = requireApi.resolve('tsx')
  const servers = {
    baseline: await start([new URL(import.meta.url).pathname, 'baseline']),
    api: await start(['--import', pathToFileURL(tsx).href, 'src/node.ts'], {
      PORT: '0',
      HOST: '127.0.0.1',
      // Writes stay rate limited, with a limit a benchmark from one address never reaches.
      DEREGISTER_RATE_LIMIT: '1000000000/60',
      DEREGISTER_DB: join(data, 'bench.db'),
    }),
  }
  try {
    const path = `/v1/platforms/${id}`
    const etag = (await fetch(servers.api.url + path)).headers.get('etag')
    const check = await fetch(`${servers.api.url}${path}/eligibility`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: post })
    if (check.status !== 200) throw new Error(`eligibility check answered ${check.status}: ${await check.text()}`)
    // Every run sends what browsers and CDNs send, so pre-compressed bodies are used where the API has them.
    const common = { 'accept-encoding': 'gzip, deflate, br', 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' }
    const baseline = ['hello-world baseline', servers.baseline.url + '/', { headers: common }, 200]
    const runs = [
      [`GET ${path}`, servers.api.url + path, { headers: common }, 200],
      [`GET ${path} If-None-Match`, servers.api.url + path, { headers: { ...common, 'if-none-match': etag } }, 304],
      [`POST ${path}/eligibility`, `${servers.api.url}${path}/eligibility`, { method: 'POST', headers: { ...common, 'content-type': 'application/json' }, body: post }, 200],
      // Search over every entry, directory included: a name as a reader types it, and a host.
      [`GET /v1/platforms?q=${query}`, `${servers.api.url}/v1/platforms?q=${encodeURIComponent(query)}`, { headers: common }, 200],
      [`GET /v1/platforms?domain=${domain}`, `${servers.api.url}/v1/platforms?domain=${domain}`, { headers: common }, 200],
      // The same search when no two requests near in time ask the same thing: every one misses the shared cache.
      [`GET /v1/platforms?q=<${queries.length} distinct queries in turn>`, `${servers.api.url}/v1/platforms`, { headers: common, requests: [{ setupRequest: nextQuery }] }, 200],
    ]
    if (process.env.BENCH_REFERENCE === '1') {
      const file = join(data, 'answers.json')
      const replayable = runs.filter(([, , options]) => !options.requests)
      writeFileSync(file, JSON.stringify(await Promise.all(replayable.map(([, url, options]) => record(url, options)))))
      servers.reference = await start([new URL(import.meta.url).pathname, 'reference', file])
    }
    const load1 = () => loadavg().map((n) => n.toFixed(2)).join(' ')
    console.log(`guide ${id} (${text.length} bytes compiled); each run ${duration} s after ${warmup} s warm-up, between two baseline runs`)
    console.log(`load average at start: ${load1()}`)
    const measure = async ([name, url, options, expected]) => {
      await load(autocannon, url, options, warmup)
      const r = await load(autocannon, url, options, duration)
      const unexpected = Object.entries(r.statusCodeStats ?? {}).filter(([code]) => Number(code) !== expected)
      const wrong = r.errors + r.timeouts + unexpected.reduce((n, [, s]) => n + s.count, 0)
      console.log(`  ${name}: ${r.requests.average.toFixed(0)} req/s, p99 ${r.latency.p99} ms, ${r.requests.total} requests, ${(r.throughput.average / 1e6).toFixed(1)} MB/s, ${wrong} errors or unexpected statuses`)
      return { name, rps: r.requests.average, p99: r.latency.p99, wrong }
    }
    let ok = true
    // Issue targets: GET and 304 at 0.85×, eligibility at 0.65×, search and domain lookup at 0.5×.
    const targets = [0.85, 0.85, 0.65, 0.5, 0.5, 0.5]
    let before = await measure(baseline)
    let wrong = before.wrong
    for (const [i, run] of runs.entries()) {
      const r = await measure(run)
      const after = await measure(baseline)
      wrong += r.wrong + after.wrong
      const base = { rps: (before.rps + after.rps) / 2, p99: (before.p99 + after.p99) / 2 }
      ok = report(`${r.name}: req/s / baseline`, r.rps / base.rps, { ge: targets[i] }) && ok
      ok = report(`${r.name}: p99 / baseline p99`, r.p99 / base.p99, { le: 2 }) && ok
      if (servers.reference && !run[2].requests) {
        const same = await measure([`  same bytes from bare node:http`, run[1].replace(servers.api.url, servers.reference.url), run[2], run[3]])
        wrong += same.wrong
        console.log(`  (API / bare node:http with the same bytes: ${(r.rps / same.rps).toFixed(3)}×; bare / baseline: ${(same.rps / base.rps).toFixed(3)}×)`)
      }
      before = after
    }
    console.log(`load average at end: ${load1()}`)
    ok = report('errors and unexpected statuses, all runs', wrong, { le: 0 }, '') && ok
    if (!ok) process.exitCode = 1
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()))
    rmSync(data, { recursive: true, force: true })
  }
}
