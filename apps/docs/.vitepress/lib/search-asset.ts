/**
 * @module
 * Where the local search index goes in a build. VitePress serves each language's index as a
 * JavaScript module holding one string, and builds it once per bundle. With thousands of
 * platform pages that string is tens of megabytes, so:
 * - the server bundle gets an empty index (pages are rendered without the search box open,
 *   so its index was built, bundled and written only to be thrown away);
 * - the browser bundle gets each index as a JSON file beside the assets, fetched when the
 *   search box opens, instead of a string literal that Rollup parses, esbuild minifies and
 *   the browser parses again as script.
 */
import type { Plugin } from 'vitepress'

// Module ids of VitePress's local search (`vitepress/dist/node`, `localSearchPlugin`): the
// map from locale to a loader, and one module per locale that exports the index as a string.
const INDEX_ID = '@localSearchIndex'
const MAP = `/${INDEX_ID}`
const EMPTY = '\0deregister:empty-search-index'
const LOADER = /\(\) => import\((['"])@localSearchIndex([^'"]*)\1\)/g
const FETCH = `const fetchIndex = (m) => fetch(m.default).then((r) => { if (!r.ok) throw new Error('search index ' + r.status); return r.text() }).then((text) => ({ default: text }))\n`

export function searchIndexAsset(): Plugin {
  let ssr = false
  return {
    name: 'deregister:search-index-asset',
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr)
    },
    resolveId(id) {
      if (ssr && (id === INDEX_ID || id === MAP)) return EMPTY
      return undefined
    },
    load(id) {
      return id === EMPTY ? 'export default {}' : undefined
    },
    transform(code, id) {
      if (ssr || !id.startsWith(MAP)) return undefined
      if (id === MAP) {
        const wrapped = code.replace(LOADER, '$&.then(fetchIndex)')
        if (wrapped === code && code.includes('import(')) throw new Error(`unexpected search index map from VitePress: ${code.slice(0, 200)}`)
        return { code: FETCH + wrapped, map: null }
      }
      const locale = id.slice(MAP.length)
      const literal = code.replace(/^\s*export default\s*/, '')
      const json: unknown = JSON.parse(literal)
      if (typeof json !== 'string') throw new Error(`unexpected search index module for "${locale}" from VitePress`)
      const ref = this.emitFile({ type: 'asset', name: `search-${locale || 'root'}.json`, source: json })
      return { code: `export default import.meta.ROLLUP_FILE_URL_${ref}`, map: null }
    },
  }
}
