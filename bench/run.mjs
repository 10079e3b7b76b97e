// Runs every benchmark in bench/ in turn; each prints its own ratios.
import { readdirSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const dir = new URL('.', import.meta.url)
const only = process.argv[2]
for (const name of readdirSync(dir).filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only))).sort()) {
  console.log(`\n=== ${name}`)
  const r = spawnSync(process.execPath, ['--expose-gc', new URL(name, dir).pathname], { stdio: 'inherit' })
  if (r.status !== 0) process.exitCode = 1
}
