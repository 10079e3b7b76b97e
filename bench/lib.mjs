// Small helpers shared by the benchmarks: timing with warm-up, and printing ratios.
import { performance } from 'node:perf_hooks'

/** Median time per call (ms) of `fn`, over `rounds` rounds of `iterations` calls, after warm-up. */
export function timePerCall(fn, { iterations = 2000, rounds = 7 } = {}) {
  for (let i = 0; i < iterations; i++) fn()
  const samples = []
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now()
    for (let i = 0; i < iterations; i++) fn()
    samples.push((performance.now() - t0) / iterations)
  }
  return median(samples)
}

export async function timeOnce(fn) {
  globalThis.gc?.()
  const t0 = performance.now()
  await fn()
  return performance.now() - t0
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** Prints one result line: name, value, and whether it meets its target. */
export function report(name, value, target, unit = '×') {
  const ok = target.le !== undefined ? value <= target.le : value >= target.ge
  const bound = target.le !== undefined ? `≤ ${target.le}` : `≥ ${target.ge}`
  console.log(`${ok ? '✓' : '✗'} ${name}: ${value.toFixed(3)}${unit} (target ${bound}${unit})`)
  return ok
}
