// Docs build time against the number of platforms: synthetic catalogs of 10, 100 and 1,000
// full guides (clones of the catalog's guides under new ids), each built by `vitepress build`
// in its own process. Prints t(n), the marginal cost per platform (4 pages: guide and check,
// in two languages) and each build's peak memory.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { report } from './lib.mjs'

const root = new URL('..', import.meta.url).pathname
const docs = join(root, 'apps/docs')
const vitepress = join(docs, 'node_modules/vitepress/bin/vitepress.js')
const source = process.env.DEREGISTER_CATALOG ?? join(root, 'packages/content/dist/catalog')
const SIZES = [10, 100, 1000]

const index = JSON.parse(readFileSync(join(source, 'index.json'), 'utf8'))
const originals = index.entries
  .filter((s) => s.depth === 'guide')
  .map((s) => JSON.parse(readFileSync(join(source, 'platforms', `${s.id}.json`), 'utf8')))
if (!originals.length) throw new Error(`no full guide in ${source}`)

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
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ generatedFrom: 'bench', hash: 'bench', entries }))
}

// Reports the build process's peak resident set size on exit (KiB on Linux).
const PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('PEAK_RSS '+process.resourceUsage().maxRSS+'\\n'))`

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
  const peak = Number(/PEAK_RSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024
  rmSync(work, { recursive: true, force: true })
  if (r.status !== 0) {
    console.error(r.stdout.slice(-2000), r.stderr.slice(-4000))
    throw new Error(`docs build of ${n} platforms failed (exit ${r.status})`)
  }
  console.log(`t(${n}) = ${(ms / 1000).toFixed(1)} s, peak memory ${peak.toFixed(0)} MiB`)
  return ms
}

const t = Object.fromEntries(SIZES.map((n) => [n, build(n)]))
const marginal = (t[1000] - t[10]) / 990
report('marginal cost per platform (t(1000) − t(10)) / 990', marginal, { le: 30 }, ' ms')
report('t(1000) / t(10)', t[1000] / t[10], { le: 1000 / 10 })
