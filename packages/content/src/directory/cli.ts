import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Catalog } from '../compile'
import type { CheckResult } from '../pipeline'
import { chooseDirectory, repoRoot } from './load'
import { formatReport } from './report'
import { compileWithDirectory } from './with-directory'

function fail(message: string): never {
  console.error(`✗ ${message}`)
  process.exit(1)
}

/**
 * The catalog the CLI writes. `build` adds the directory when `chooseDirectory` finds one;
 * `import-jdm <path-or-url>` always adds it from the given source. Logs which, the import
 * summary and how long it took.
 */
export async function cliCatalog(
  command: 'build' | 'import-jdm',
  checked: CheckResult & { catalog: Catalog },
  source: string | undefined,
  env: Record<string, string | undefined>,
): Promise<Catalog> {
  if (command === 'import-jdm' && !source) return fail('usage: import-jdm <path-or-url of sites.json>')
  const choice = source
    ? { source, why: `from the command line (${source})` }
    : chooseDirectory(repoRoot(dirname(fileURLToPath(import.meta.url))), env)
  console.log(`directory: ${choice.why}`)
  if (!choice.source) return checked.catalog
  const started = performance.now()
  // pnpm runs scripts in the package folder; a relative path means the caller's folder.
  const { catalog, report } = await compileWithDirectory(checked.entries, checked.vocabulary, choice.source, env.INIT_CWD).catch(
    (e: Error) => fail(`JustDeleteMe directory: ${e.message}`),
  )
  console.log(formatReport(report))
  console.log(`directory imported and compiled in ${Math.round(performance.now() - started)} ms`)
  return catalog
}
