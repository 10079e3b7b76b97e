/**
 * @module
 * The site-wide inline scripts of every page's head (VitePress's dark-mode and macOS checks).
 * VitePress sends each inline head script through esbuild for every page it renders, which
 * with thousands of pages costs more than rendering their nav bars. These scripts are the
 * same on every page: they are taken out of the site's head once and written into each page
 * as text, each line without its indentation.
 */
import type { HeadConfig, Plugin, SiteConfig } from 'vitepress'

function isInlineScript(tag: HeadConfig): boolean {
  const [name, attrs, body] = tag
  return name === 'script' && !attrs.src && typeof body === 'string'
}

function escapeAttr(value: string): string {
  return value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)
}

// Keeps line breaks, which automatic semicolon insertion may rely on.
function render(tag: HeadConfig): string {
  const [, attrs, body = ''] = tag
  const attributes = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')
  const code = body.split('\n').map((line) => line.trim()).filter(Boolean).join('\n')
  return `<script${attributes}>${code.replace(/<\/script/gi, '<\\/script')}</script>`
}

export interface HeadScripts {
  /** Vite plugin that moves the scripts out of the site's head when the build starts. */
  plugin: Plugin
  /** Adds the scripts before the end of a rendered page's head. */
  transformHtml: (html: string) => string
}

export function headScripts(): HeadScripts {
  let scripts = ''
  const plugin: Plugin = {
    name: 'deregister:head-scripts',
    apply: 'build',
    configResolved(config) {
      const site = (config as { vitepress?: SiteConfig }).vitepress?.site
      if (!site || scripts) return
      scripts = site.head.filter(isInlineScript).map(render).join('\n    ')
      site.head = site.head.filter((tag) => !isInlineScript(tag))
    },
  }
  return { plugin, transformHtml: (html) => (scripts ? html.replace('</head>', `  ${scripts}\n  </head>`) : html) }
}
