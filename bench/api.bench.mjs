// HTTP throughput of the API on Node against the physical limit, measured in the same run: for
// each route, a bare node:http server replaying the API's exact answer (status, headers, body)
// to that very request, so a ratio says what the API's own work costs beyond sending its bytes.
// autocannon (this process) drives each server (its own child process) on loopback; the API
// runs from the JavaScript `pnpm start` runs (apps/api/dist/node.js, built by `pnpm bench`).
// BENCH_DURATION (seconds, default 30) and BENCH_CONNECTIONS (default 32) shorten or widen it.
// Reference and API runs alternate (reference, API, reference) per route and the API is compared
// with the mean of the two reference runs around it, so load drifting on a shared machine moves
// both sides of a ratio alike.
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

const keyOf = (method, path, ifNoneMatch = '') => `${method} ${path} ${ifNoneMatch}`

if (process.argv[2] === 'reference') {
  // `node api.bench.mjs reference answers.json`: bare node:http replaying recorded answers.
  const answers = new Map(JSON.parse(readFileSync(process.argv[3], 'utf8')).map((a) => [a.key, { ...a, body: Buffer.from(a.body, 'base64') }]))
  const server = createServer((req, res) => {
    const a = answers.get(keyOf(req.method, req.url, req.headers['if-none-match']))
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
      if (m) resolve({ url: m[1], pid: child.pid, stop: () => new Promise((done) => (child.once('exit', done), child.kill('SIGTERM'))) })
    })
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)))
  })
}

/** Resident set size of a process in MiB (Linux). */
function rssMiB(pid) {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  return kb ? Number(kb) / 1024 : NaN
}

/** The raw answer (status, headers, undecoded body) to one request, keyed for the reference server. */
function record(base, { method = 'GET', path, headers = {}, body }) {
  return new Promise((resolve, reject) => {
    const req = request(base + path, { method, headers }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => {
        const kept = Object.entries(res.headers).filter(([k]) => !['date', 'connection', 'keep-alive'].includes(k))
        resolve({ key: keyOf(method, path, headers['if-none-match']), status: res.statusCode, headers: Object.fromEntries(kept), body: Buffer.concat(chunks).toString('base64') })
      })
    })
    req.once('error', reject)
    req.end(body)
  })
}

/** Records every request, a few at a time. */
async function recordAll(base, requests) {
  const out = []
  for (let i = 0; i < requests.length; i += 16) out.push(...(await Promise.all(requests.slice(i, i + 16).map((r) => record(base, r)))))
  return out
}

async function main() {
  const { default: autocannon } = await importApi('autocannon')
  const duration = Number(process.env.BENCH_DURATION ?? 30)
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 32)
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
  const domain = `www.${guide.domains?.[0] ?? `${id}.com`}`
  // What readers type: each entry's name, its first letters, its id and its main domain, asked in turn.
  const queries = [...new Set(index.entries.flatMap((e) => [e.name.en, e.name.en.slice(0, 3), e.name['zh-CN'], e.id, ...e.domains.slice(0, 1)]).map((n) => n.trim().toLowerCase()).filter(Boolean))]
  const queryPaths = queries.map((q) => `/v1/platforms?q=${encodeURIComponent(q)}`)
  console.log(`directory: ${index.entries.length} entries (${index.entries.length - guides.length} link-level); guide ${id} (${text.length} bytes compiled)`)

  // What browsers and CDNs send.
  const common = { 'accept-encoding': 'gzip, deflate, br', 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' }
  const path = `/v1/platforms/${id}`
  const data = mkdtempSync(join(tmpdir(), 'deregister-bench-'))
  const apiEnv = {
    PORT: '0',
    HOST: '127.0.0.1',
    // Rate limits stay on, with limits a benchmark from one address never reaches.
    DEREGISTER_RATE_LIMIT: '1000000000/60',
    DEREGISTER_CHECK_RATE_LIMIT: '1000000000/60',
    DEREGISTER_DB: join(data, 'bench.db'),
  }
  const entry = ['dist/node.js']
  const servers = {}
  try {
    // 1. Record every answer from one API process; measure a fresh one, so no answer is cached ahead.
    const recorder = await start(entry, apiEnv)
    const etag = (await fetch(recorder.url + path, { headers: common })).headers.get('etag')
    const check = await fetch(`${recorder.url}${path}/eligibility`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: post })
    if (check.status !== 200) throw new Error(`eligibility check answered ${check.status}: ${await check.text()}`)
    const routes = [
      { name: `GET ${path}`, target: { ge: 0.8, p99: 1.5 }, expect: 200, requests: [{ path, headers: common }] },
      { name: `GET ${path} If-None-Match`, target: { ge: 0.8 }, expect: 304, requests: [{ path, headers: { ...common, 'if-none-match': etag } }] },
      { name: `POST ${path}/eligibility`, target: { ge: 0.4 }, expect: 200, requests: [{ method: 'POST', path: `${path}/eligibility`, headers: { ...common, 'content-type': 'application/json' }, body: post }] },
      { name: 'GET /v1/platforms?q=mail', expect: 200, requests: [{ path: '/v1/platforms?q=mail', headers: common }] },
      { name: `GET /v1/platforms?domain=${domain}`, expect: 200, requests: [{ path: `/v1/platforms?domain=${domain}`, headers: common }] },
      // Every request a different search: each one misses the API's cache.
      { name: `GET /v1/platforms?q=<${queries.length} distinct queries in turn>`, target: { ge: 0.5 }, expect: 200, requests: queryPaths.map((p) => ({ path: p, headers: common })) },
    ]
    const file = join(data, 'answers.json')
    writeFileSync(file, JSON.stringify(await recordAll(recorder.url, routes.flatMap((r) => r.requests))))
    await recorder.stop()
    servers.reference = await start([new URL(import.meta.url).pathname, 'reference', file])
    servers.api = await start(entry, apiEnv)

    const load1 = () => loadavg().map((n) => n.toFixed(2)).join(' ')
    console.log(`each run ${duration} s after ${warmup} s warm-up, ${connections} connections; the API between two reference runs`)
    console.log(`load average at start: ${load1()}`)
    const measure = async (base, route) => {
      // autocannon cycles through `requests`; one request is the same request every time.
      const options = {
        url: base,
        connections,
        requests: route.requests.map((r) => ({ method: r.method ?? 'GET', path: r.path, headers: r.headers, ...(r.body ? { body: r.body } : {}) })),
      }
      await autocannon({ ...options, duration: warmup })
      const r = await autocannon({ ...options, duration })
      const unexpected = Object.entries(r.statusCodeStats ?? {}).filter(([code]) => Number(code) !== route.expect)
      const wrong = r.errors + r.timeouts + unexpected.reduce((n, [, s]) => n + s.count, 0)
      return { rps: r.requests.average, p99: r.latency.p99, wrong, total: r.requests.total }
    }
    let ok = true
    let wrong = 0
    const rows = []
    for (const route of routes) {
      const before = await measure(servers.reference.url, route)
      const measured = await measure(servers.api.url, route)
      const after = await measure(servers.reference.url, route)
      wrong += before.wrong + measured.wrong + after.wrong
      const ref = { rps: (before.rps + after.rps) / 2, p99: (before.p99 + after.p99) / 2 }
      rows.push({ route, measured, ref })
      console.log(`  ${route.name}: API ${measured.rps.toFixed(0)} req/s p99 ${measured.p99} ms; reference ${ref.rps.toFixed(0)} req/s p99 ${ref.p99} ms; ${measured.wrong} errors or unexpected statuses`)
    }
    console.log(`load average at end: ${load1()}`)
    console.log('\n| route | API req/s | reference req/s | req/s ratio | API p99 ms | reference p99 ms | p99 ratio |')
    console.log('|---|---:|---:|---:|---:|---:|---:|')
    for (const { route, measured, ref } of rows) {
      // A p99 of 0 ms (sub-millisecond) on either side is counted as 1 ms.
      const p99Ratio = Math.max(1, measured.p99) / Math.max(1, ref.p99)
      console.log(`| ${route.name} | ${measured.rps.toFixed(0)} | ${ref.rps.toFixed(0)} | ${(measured.rps / ref.rps).toFixed(3)}× | ${measured.p99} | ${ref.p99} | ${p99Ratio.toFixed(2)}× |`)
    }
    console.log('')
    for (const { route, measured, ref } of rows) {
      if (route.target?.ge !== undefined) ok = report(`${route.name}: req/s / reference`, measured.rps / ref.rps, { ge: route.target.ge }) && ok
      if (route.target?.p99 !== undefined) ok = report(`${route.name}: p99 / reference p99`, Math.max(1, measured.p99) / Math.max(1, ref.p99), { le: route.target.p99 }) && ok
    }
    ok = report('errors and unexpected statuses, all runs', wrong, { le: 0 }, '') && ok
    console.log(`API server RSS after the run: ${rssMiB(servers.api.pid).toFixed(1)} MiB (reference: ${rssMiB(servers.reference.pid).toFixed(1)} MiB)`)
    if (!ok) process.exitCode = 1
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()))
    rmSync(data, { recursive: true, force: true })
  }
}
