/**
 * @module
 * What the directory page's HTML says about the directory: counts, the hashed URL of each
 * language's rows (the rows themselves are fetched by the page, never inlined) and the
 * licence notice of their source.
 */
import { defineLoader } from 'vitepress'
import { directorySummary } from '../lib/directory'
import type { DirectorySummary } from '../lib/directory'

declare const data: DirectorySummary
export { data }

export default defineLoader({
  load(): DirectorySummary {
    return directorySummary()
  },
})
