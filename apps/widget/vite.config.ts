import { cpSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import type { Plugin } from 'vite'

const require = createRequire(import.meta.url)

/** Copies the compiled per-platform JSON beside the script, the widget's default data source. */
function catalogBesideScript(): Plugin {
  return {
    name: 'deregister-catalog',
    apply: 'build',
    writeBundle(options) {
      const from = dirname(require.resolve('@deregister/content/catalog/index.json'))
      const to = join(options.dir ?? 'dist', 'platforms')
      mkdirSync(to, { recursive: true })
      cpSync(join(from, 'platforms'), to, { recursive: true })
    },
  }
}

/**
 * Modes: default builds the self-contained `dist/deregister.js` (Vue inside); `vue` builds
 * `dist/vue.js` for Vue apps (Vue external); `baseline` builds an empty Vue custom element
 * with the same settings, for the size benchmark.
 */
export default defineConfig(({ mode }) => {
  const file = { production: 'src/index.ts', vue: 'src/vue.ts', baseline: 'baseline/empty-element.ts' }[mode]
  if (!file) throw new Error(`unknown mode "${mode}" (production | vue | baseline)`)
  const entry = fileURLToPath(new URL(file, import.meta.url))
  return {
    plugins: [vue({ features: { optionsAPI: false, prodDevtools: false } }), mode === 'production' && catalogBesideScript()],
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    build: {
      target: 'es2022',
      // terser, two passes: 1.3 KB gzip less than esbuild's minifier on the widget (0.9 KB on the
      // empty element). No pure_getters: Vue's reactive getters track dependencies.
      minify: 'terser',
      terserOptions: {
        module: true,
        ecma: 2020,
        compress: { passes: 2 },
        // V8's compile hint: nearly every function runs while the element mounts, so compile them
        // all while the script streams in, off the main thread, instead of one by one on first
        // call inside customElements.define (Chromium 136+; other engines ignore the comment).
        format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
      },
      modulePreload: false,
      emptyOutDir: mode === 'production',
      rollupOptions: {
        input: entry,
        external: mode === 'vue' ? ['vue'] : [],
        preserveEntrySignatures: 'strict',
        output: {
          format: 'es',
          entryFileNames: mode === 'vue' ? 'vue.js' : 'deregister.js',
          inlineDynamicImports: true,
        },
      },
    },
  }
})
