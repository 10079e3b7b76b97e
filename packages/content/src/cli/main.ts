#!/usr/bin/env node
/**
 * deregister-content check   validate content/, print every problem as file:line:col
 * deregister-content build   validate, then write the catalog to dist/catalog and the
 *                            editor JSON Schemas to content/schema; adds the JustDeleteMe
 *                            directory from DEREGISTER_JDM or ../shared/data/jdm/sites.json
 * deregister-content import-jdm <path-or-url>
 *                            build, with the directory read from the given sites.json
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkContent, defaultContentDir, writeCatalog, writeJsonSchemas } from '../pipeline'
import { formatIssue } from '../issue'
import { cliCatalog } from '../directory/cli'

const command = process.argv[2] ?? 'check'
const contentDir = defaultContentDir()
const outDir = process.env.DEREGISTER_CATALOG_OUT ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'catalog')

const result = await checkContent(contentDir)
for (const issue of result.issues) console.error(formatIssue(issue))
if (!result.catalog) {
  console.error(`\n✗ ${result.issues.length} problem(s) in content/`)
  process.exit(1)
}
const guides = result.catalog.entries.filter((e) => e.depth === 'guide').length
if (command === 'build' || command === 'import-jdm') {
  const catalog = await cliCatalog(command, { ...result, catalog: result.catalog }, process.argv[3], process.env)
  await writeCatalog(catalog, outDir)
  const changed = await writeJsonSchemas(contentDir)
  for (const f of changed) console.log(`updated ${f}`)
  console.log(`✓ catalog: ${catalog.entries.length} entries (${guides} guides) → ${outDir}`)
} else if (command === 'check') {
  console.log(`✓ content/ is valid: ${result.catalog.entries.length} entries (${guides} guides)`)
} else {
  console.error(`unknown command "${command}" (check | build | import-jdm <path-or-url>)`)
  process.exit(2)
}
