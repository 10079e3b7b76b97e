import type { Entry, Vocabulary } from '@deregister/core/schema'
import type { Catalog } from '../compile'
import { compileCatalog } from '../compile'
import type { ImportReport } from './report'
import { importJdm } from './import-jdm'
import { readJdmSites } from './load'

/**
 * Reads `sites.json` from `source` and compiles the catalog of `entries` (our validated
 * content) with the directory beside it, as `compileCatalog` does for content alone.
 */
export async function compileWithDirectory(
  entries: readonly Entry[],
  vocabulary: Vocabulary,
  source: string,
  cwd?: string,
): Promise<{ catalog: Catalog; report: ImportReport }> {
  const imported = importJdm(await readJdmSites(source, cwd), entries)
  return { catalog: compileCatalog(imported.entries, vocabulary, 'content/ + JustDeleteMe sites.json'), report: imported.report }
}
