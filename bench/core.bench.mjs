// evaluate() cost against JSON.parse of the same platform, and content compile scaling.
import { mkdtemp, mkdir, readFile, readdir, writeFile, cp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { evaluate } from '@deregister/core'
import { checkContent } from '@deregister/content'
import { median, report, timeOnce, timePerCall } from './lib.mjs'

const root = new URL('..', import.meta.url).pathname
const catalogDir = join(root, 'packages/content/dist/catalog/platforms')

// 1. evaluate() on the largest guide vs JSON.parse of its compiled JSON.
const files = await readdir(catalogDir)
const texts = await Promise.all(files.map((f) => readFile(join(catalogDir, f), 'utf8')))
const guides = texts.map((t) => [t, JSON.parse(t)]).filter(([, e]) => e.depth === 'guide')
const [text, guide] = guides.sort((a, b) => b[0].length - a[0].length)[0]
// Answers that make every requirement apply: the most work the engine ever does.
const answers = Object.fromEntries(
  guide.questions.map((q) => [q.id, q.type === 'boolean' ? true : q.type === 'number' ? 100 : q.options[1].value]),
)
const input = { answers, client: guide.clients[0].client, startDate: '2026-09-28' }
const tParse = timePerCall(() => JSON.parse(text))
const tEval = timePerCall(() => evaluate(guide, input))
console.log(`largest guide: ${guide.id} (${text.length} bytes); JSON.parse ${(tParse * 1000).toFixed(1)} µs, evaluate ${(tEval * 1000).toFixed(1)} µs`)
report('evaluate / JSON.parse', tEval / tParse, { le: 0.25 })

// 2. Compile generated catalogs of 100 and 1,000 platforms (clones of the largest YAML).
const content = join(root, 'content')
const yamlName = `${guide.id}.yaml`
const source = await readFile(join(content, 'platforms', yamlName), 'utf8')
async function generated(n) {
  const dir = join(await mkdtemp(join(tmpdir(), 'deregister-bench-')), 'content')
  await mkdir(join(dir, 'platforms'), { recursive: true })
  await cp(join(content, 'shared'), join(dir, 'shared'), { recursive: true })
  await Promise.all(
    Array.from({ length: n }, (_, i) => {
      const id = `${guide.id}-${i}`
      return writeFile(join(dir, 'platforms', `${id}.yaml`), source.replace(/^id: .*$/m, `id: ${id}`))
    }),
  )
  return dir
}
const dirs = { 100: await generated(100), 1000: await generated(1000) }
const times = {}
for (const n of [100, 1000]) {
  const runs = []
  for (let r = 0; r < 3; r++) {
    runs.push(
      await timeOnce(async () => {
        const res = await checkContent(dirs[n])
        if (!res.catalog || res.catalog.entries.length !== n) throw new Error(`compile of ${n} failed: ${res.issues.length} issues`)
      }),
    )
  }
  times[n] = median(runs)
  console.log(`compile ${n} platforms: ${times[n].toFixed(0)} ms`)
}
report('t(1000) / t(100)', times[1000] / times[100], { le: 12 })
report('t(1000) seconds', times[1000] / 1000, { le: 5 }, ' s')
