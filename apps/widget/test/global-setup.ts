import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
// @ts-expect-error plain ES module without types
import { serve } from '../demo/serve.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    pageUrl: string
    assetsUrl: string
  }
}

interface Server {
  url: string
  close(): Promise<void>
}

/**
 * Builds the widget (a test run must not depend on a stale dist/), then serves the assets on
 * one origin and the demo help-center page on another, as a real embed would.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = fileURLToPath(new URL('..', import.meta.url))
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  const assets: Server = await serve()
  const page: Server = await serve({ assets: assets.url })
  project.provide('assetsUrl', assets.url)
  project.provide('pageUrl', page.url)
  return async () => {
    await page.close()
    await assets.close()
  }
}
