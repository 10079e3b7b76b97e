import type { Locale } from '@deregister/core/schema'

/** Per-request values the app's middleware sets. */
export interface AppVariables {
  requestId: string
  lang: Locale
}

/**
 * The Hono environment of the app. `Bindings` is what the runtime passes to `fetch`:
 * `{ incoming, outgoing }` on Node, the worker's `env` (D1 and variables) on workerd.
 */
export interface AppEnv {
  Variables: AppVariables
  Bindings: Record<string, unknown>
}
