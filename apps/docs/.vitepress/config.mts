import { defineConfig } from 'vitepress'
import type { DefaultTheme } from 'vitepress'
import { WIDGET_PATH, copyAssets, devAssets, widgetBuild } from './lib/assets'
import { guideSummaries } from './lib/catalog'
import { headScripts } from './lib/head-scripts'
import { writeDirectory } from './lib/directory'
import { nav, platformNeighbours, sidebar } from './lib/nav'
import { searchIndexAsset } from './lib/search-asset'
import { serverTwins } from './lib/server-twins'
import { platformSections } from './lib/search-index'
import { miniSearchOptions } from './lib/search-query'
import { searchTranslations, localeTheme } from './lib/locale-theme'

/** Build-time settings the pages read through `useData().theme.value.deregister`. */
const deregister = {
  apiUrl: (process.env.DEREGISTER_API_URL ?? '').replace(/\/+$/, ''),
  widget: { ...widgetBuild(), path: WIDGET_PATH },
}

const head = headScripts()

export default defineConfig({
  srcDir: 'src',
  outDir: process.env.DEREGISTER_DOCS_OUT ?? '.vitepress/dist',
  cacheDir: process.env.DEREGISTER_DOCS_CACHE ?? '.vitepress/cache',
  title: '注销指南',
  description: '注销账号的结构化指南:什么会阻止你、按什么顺序处理、会失去什么、哪天完成。',
  lastUpdated: false,
  // The page hash map goes in its own chunk instead of into every page's HTML, which would
  // grow each page with the number of platforms.
  metaChunk: true,
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  locales: {
    root: {
      label: '简体中文',
      lang: 'zh-CN',
      themeConfig: { ...localeTheme('zh-CN'), nav: nav('zh-CN'), sidebar: sidebar('zh-CN') },
    },
    en: {
      label: 'English',
      lang: 'en',
      link: '/en/',
      title: 'Deregister',
      description:
        'Structured guides to deleting your accounts: what blocks you, in what order to fix it, what you lose, and when it is done.',
      themeConfig: { ...localeTheme('en'), nav: nav('en'), sidebar: sidebar('en') },
    },
  },
  themeConfig: {
    search: {
      provider: 'local',
      options: {
        locales: searchTranslations,
        // Its excerpts cannot show a platform page's text (see lib/search-index.ts): a result
        // shows what matched by naming the item it lands on instead.
        detailedView: false,
        miniSearch: {
          ...miniSearchOptions,
          _splitIntoSections: async (file: string) => platformSections(file),
        },
      },
    },
    deregister,
  } as DefaultTheme.Config & { deregister: typeof deregister },
  markdown: {
    // Code colours that keep 4.5:1 on the code block's background (the default GitHub light
    // theme's comments and strings fall just below it).
    theme: { light: 'github-light-high-contrast', dark: 'github-dark' },
    config(md) {
      // A table wider than a phone scrolls inside its own box: keyboard users can reach it.
      md.renderer.rules.table_open = (tokens, idx, options, _env, self) => {
        tokens[idx]?.attrSet('tabindex', '0')
        return self.renderToken(tokens, idx, options)
      }
    },
  },
  vue: {
    template: {
      compilerOptions: { isCustomElement: (tag: string) => tag.startsWith('deregister-') },
    },
  },
  vite: {
    plugins: [
      devAssets(),
      searchIndexAsset(),
      serverTwins(),
      head.plugin,
      // The server bundle only runs in this Node process, at build time, and is never shipped:
      // no syntax to lower and no bytes to save by tree-shaking it (which costs per page).
      {
        name: 'deregister:server-bundle',
        apply: 'build',
        config: (_, env) =>
          env.isSsrBuild
            ? { build: { target: 'esnext', rollupOptions: { treeshake: false } } }
            : undefined,
      },
    ],
  },
  transformHtml: head.transformHtml,
  // Platform pages step through the platforms by name, whether or not the sidebar lists them.
  transformPageData(pageData) {
    const id = pageData.params?.id
    if (typeof id !== 'string' || !/(^|\/)platforms\//.test(pageData.relativePath)) return
    const locale = pageData.relativePath.startsWith('en/') ? 'en' : 'zh-CN'
    Object.assign(pageData.frontmatter, platformNeighbours(locale, id))
  },
  buildEnd: (site) => {
    copyAssets(
      site.outDir,
      guideSummaries().map((s) => s.id),
    )
    writeDirectory(site.outDir)
  },
})
