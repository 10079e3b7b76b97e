/**
 * @module
 * Files the site serves besides its pages: the widget's built script (from the
 * `@deregister/widget` package, with its Subresource Integrity hash computed here, at
 * build time) and, beside it in `platforms/`, the per-platform JSON of this site's catalog,
 * where the widget looks for data when it has no `src`.
 */
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { catalogDir, platformJsonPath } from './catalog'
import { directoryBody } from './directory'

/** URL paths (under the site base) of the copied files. */
export const WIDGET_DIR = '/widget/'
export const WIDGET_PATH = `${WIDGET_DIR}deregister.js`

export interface WidgetBuild {
  /** Whether `@deregister/widget` has a built `dist/deregister.js`. */
  available: boolean
  /** `sha384-…` of that file, for the `integrity` attribute. */
  integrity: string
  bytes: number
  /** Theming custom properties, `::part` names and event names found in the built script. */
  cssVars: string[]
  parts: string[]
  events: string[]
}

const docsRoot = fileURLToPath(new URL('../..', import.meta.url))

export function widgetDist(): string {
  const pkg = join(docsRoot, 'node_modules', '@deregister', 'widget')
  return join(existsSync(pkg) ? realpathSync(pkg) : pkg, 'dist')
}

export function widgetBuild(): WidgetBuild {
  const file = join(widgetDist(), 'deregister.js')
  if (!existsSync(file)) return { available: false, integrity: '', bytes: 0, cssVars: [], parts: [], events: [] }
  const body = readFileSync(file)
  const text = body.toString('utf8')
  const found = (re: RegExp): string[] => [...new Set([...text.matchAll(re)].flatMap((m) => (m[1] ?? '').split(' ')))].sort()
  return {
    available: true,
    integrity: `sha384-${createHash('sha384').update(body).digest('base64')}`,
    bytes: body.length,
    cssVars: found(/(--deregister-[a-z][a-z-]*)/g),
    parts: found(/\bpart[:=]"([a-z][a-z ]*)"/g),
    events: found(/"(deregister-(?!guide")[a-z-]+)"/g),
  }
}

/** Copies the widget script and the JSON of every full guide into the built site. */
export function copyAssets(outDir: string, ids: readonly string[]): void {
  const dir = join(outDir, WIDGET_DIR)
  mkdirSync(join(dir, 'platforms'), { recursive: true })
  const script = join(widgetDist(), 'deregister.js')
  if (existsSync(script)) copyFileSync(script, join(dir, 'deregister.js'))
  for (const id of ids) copyFileSync(platformJsonPath(id), join(dir, 'platforms', `${id}.json`))
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' }

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void
/** The part of a Vite plugin this one uses. */
interface DevPlugin {
  name: string
  apply: 'serve'
  configureServer: (server: { middlewares: { use: (fn: Middleware) => void } }) => void
}

/** Serves the same files, and the directory page's rows, in `vitepress dev`. */
export function devAssets(): DevPlugin {
  return {
    name: 'deregister:dev-assets',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? ''
        const directory = directoryBody(url)
        if (directory !== undefined) {
          res.setHeader('Content-Type', TYPES['.json'] ?? 'application/json')
          return res.end(directory)
        }
        const rest = url.startsWith(WIDGET_DIR) ? url.slice(WIDGET_DIR.length) : null
        const root = rest === null ? null : rest.startsWith('platforms/') ? catalogDir() : widgetDist()
        const file = root && normalize(join(root, rest ?? ''))
        if (!root || !file || !file.startsWith(root) || !existsSync(file)) return next()
        res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream')
        res.end(readFileSync(file))
      })
    },
  }
}
