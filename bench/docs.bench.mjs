// Docs build time against the number of platforms: synthetic catalogs of 10, 100 and 1,000
// full guides (clones of the catalog's guides under new ids) beside the catalog's link-level
// directory entries, when it has any (one directory page, whatever the number of guides),
// each built by `vitepress build` in its own process. Prints t(n), the marginal cost per
// platform (its guide page in two languages; the check page is one per language) and each
// build's CPU time and peak memory. Wall time is the target; CPU time (user + system) is
// printed beside it because it varies less when other work shares the machine.
// DOCS_BENCH_RUNS=n builds each size n times and keeps the fastest (wall and CPU apart), which
// filters out the slowdowns that other processes on a shared machine cause.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { report } from './lib.mjs'

const root = new URL('..', import.meta.url).pathname
const docs = join(root, 'apps/docs')
const vitepress = join(docs, 'node_modules/vitepress/bin/vitepress.js')
const source = process.env.DEREGISTER_CATALOG ?? join(root, 'packages/content/dist/catalog')
const SIZES = [10, 100, 1000]
const RUNS = Math.max(1, Number(process.env.DOCS_BENCH_RUNS ?? 1))

const index = JSON.parse(readFileSync(join(source, 'index.json'), 'utf8'))
const originals = index.entries
  .filter((s) => s.depth === 'guide')
  .map((s) => JSON.parse(readFileSync(join(source, 'platforms', `${s.id}.json`), 'utf8')))
if (!originals.length) throw new Error(`no full guide in ${source}`)
const links = index.entries.filter((s) => s.depth === 'link')

/** A catalog of `n` guides cloned round-robin from the real ones, with unique ids and names. */
function syntheticCatalog(n, dir) {
  mkdirSync(join(dir, 'platforms'), { recursive: true })
  const entries = []
  for (let i = 0; i < n; i++) {
    const g = originals[i % originals.length]
    const id = `${g.id}-${i}`
    const name = { 'zh-CN': `${g.name['zh-CN']} ${i}`, en: `${g.name.en} ${i}` }
    const clone = { ...g, id, name, hash: `${g.hash}-${i}` }
    writeFileSync(join(dir, 'platforms', `${id}.json`), JSON.stringify(clone))
    const { aliases, category, domains, difficulty, lastVerified, hash } = clone
    entries.push({ id, depth: 'guide', name, aliases, category, domains, difficulty, lastVerified, hash })
  }
  for (const s of links) copyFileSync(join(source, 'platforms', `${s.id}.json`), join(dir, 'platforms', `${s.id}.json`))
  entries.push(...links)
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ generatedFrom: 'bench', hash: 'bench', entries }))
}

// Reports the build process's peak resident set size (KiB on Linux) and CPU time (µs) on exit.
const PEAK = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('PEAK_RSS '+u.maxRSS+' CPU '+(u.userCPUTime+u.systemCPUTime)+'\\n')})`

function build(n) {
  const work = mkdtempSync(join(tmpdir(), `docs-bench-${n}-`))
  syntheticCatalog(n, join(work, 'catalog'))
  const env = {
    ...process.env,
    DEREGISTER_CATALOG: join(work, 'catalog'),
    DEREGISTER_DOCS_OUT: join(work, 'dist'),
    DEREGISTER_DOCS_CACHE: join(work, 'cache'),
  }
  const t0 = performance.now()
  const r = spawnSync(process.execPath, ['--import', PEAK, vitepress, 'build'], { cwd: docs, env, encoding: 'utf8', maxBuffer: 1 << 26 })
  const ms = performance.now() - t0
  const [, rss, cpu] = /PEAK_RSS (\d+) CPU (\d+)/.exec(r.stderr) ?? []
  const peak = Number(rss ?? NaN) / 1024
  rmSync(work, { recursive: true, force: true })
  if (r.status !== 0) {
    console.error(r.stdout.slice(-2000), r.stderr.slice(-4000))
    throw new Error(`docs build of ${n} platforms failed (exit ${r.status})`)
  }
  const cpuMs = Number(cpu ?? NaN) / 1000
  console.log(`t(${n}) = ${(ms / 1000).toFixed(1)} s, CPU ${(cpuMs / 1000).toFixed(1)} s, peak memory ${peak.toFixed(0)} MiB`)
  return { ms, cpuMs }
}

function fastest(n) {
  const runs = Array.from({ length: RUNS }, () => build(n))
  return { ms: Math.min(...runs.map((r) => r.ms)), cpuMs: Math.min(...runs.map((r) => r.cpuMs)) }
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ')
console.log(`${links.length} directory entries in every build; ${RUNS} run(s) per size; load average at start: ${load()}`)
const t = Object.fromEntries(SIZES.map((n) => [n, fastest(n)]))
console.log(`load average at end: ${load()}`)
const marginal = (t[1000].ms - t[10].ms) / 990
console.log(`CPU time per platform (cpu(1000) − cpu(10)) / 990: ${((t[1000].cpuMs - t[10].cpuMs) / 990).toFixed(1)} ms`)
report('marginal cost per platform (t(1000) − t(10)) / 990', marginal, { le: 30 }, ' ms')
report('t(1000) / t(10)', t[1000].ms / t[10].ms, { le: 1000 / 10 })
