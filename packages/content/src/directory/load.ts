import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'

/** Reads and parses `sites.json` from a file path (relative to `cwd`) or an http(s) URL. */
export async function readJdmSites(source: string, cwd = process.cwd()): Promise<unknown> {
  let text: string
  if (/^https?:\/\//i.test(source)) {
    const res = await fetch(source)
    if (!res.ok) throw new Error(`${source}: HTTP ${res.status} ${res.statusText}`)
    text = await res.text()
  } else {
    const path = resolve(cwd, source)
    text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new Error(`${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`)
    })
  }
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new Error(`${source}: not JSON (${(e as Error).message})`)
  }
}

export interface DirectoryChoice {
  /** Path or URL of `sites.json`; absent when the build has guides only. */
  source?: string
  /** Why, for the build log. */
  why: string
}

/** The folder holding `pnpm-workspace.yaml` above `from`. */
export function repoRoot(from: string): string | undefined {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir
  return undefined
}

/**
 * Whether a normal content build includes the JustDeleteMe directory, and from where:
 * `DEREGISTER_JDM` (a path or URL; `off` or `0` turns it off), else
 * `../shared/data/jdm/sites.json` beside the repository when it exists, else guides only.
 */
export function chooseDirectory(root: string | undefined, env: Record<string, string | undefined>): DirectoryChoice {
  const value = env.DEREGISTER_JDM?.trim()
  if (value === 'off' || value === '0') return { why: 'DEREGISTER_JDM is off: guides only' }
  if (value) return { source: value, why: `from DEREGISTER_JDM (${value})` }
  const beside = root && join(root, '..', 'shared', 'data', 'jdm', 'sites.json')
  if (beside && existsSync(beside)) return { source: beside, why: `found beside the repository (${beside})` }
  return { why: 'no DEREGISTER_JDM and no ../shared/data/jdm/sites.json beside the repository: guides only' }
}
