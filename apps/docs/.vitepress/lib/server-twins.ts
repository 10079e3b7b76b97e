/**
 * @module
 * Modules with a server twin: in the server bundle, an import of `x.ts` that has an
 * `x.server.ts` beside it gets the twin. The twin reads Node-only sources (the catalog on
 * disk) where the browser module fetches, and the browser bundle never sees Node modules.
 */
import { existsSync } from 'node:fs'
import type { Plugin } from 'vitepress'

export function serverTwins(): Plugin {
  let ssr = false
  return {
    name: 'deregister:server-twins',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      ssr = Boolean(config.build.ssr)
    },
    async resolveId(source, importer, options) {
      if (!ssr || !importer || !source.startsWith('.')) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      const twin = resolved?.id.replace(/\.ts$/, '.server.ts')
      return twin && twin !== resolved?.id && existsSync(twin) ? twin : null
    },
  }
}
