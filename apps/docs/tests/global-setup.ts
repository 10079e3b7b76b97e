import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { serveStatic } from './static-server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/** Serves the built site (`pnpm test` builds it first) for every browser test. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = process.env.DEREGISTER_DOCS_OUT ?? fileURLToPath(new URL('../.vitepress/dist', import.meta.url))
  if (!existsSync(`${root}/index.html`)) throw new Error(`no built site in ${root}: run "pnpm build" first`)
  const { url, server } = await serveStatic(root)
  project.provide('baseUrl', url)
  return () => new Promise((done) => server.close(() => done()))
}
