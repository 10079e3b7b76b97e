import type { Locale } from '@deregister/core'
import { localize } from '@deregister/core'
import { markRaw } from 'vue'
import type { Loc } from './context'

/**
 * `localize(value, locale)` one top-level field at a time, when a view first reads it: the
 * guide's first part does not wait for the language projection of the parts after it.
 */
export function localizeOnDemand<T extends object>(value: T, locale: Locale): Loc<T> {
  const out = {}
  for (const [key, field] of Object.entries(value)) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const v = localize(field, locale)
        Object.defineProperty(out, key, { value: v, enumerable: true })
        return v
      },
    })
  }
  return markRaw(out) as Loc<T>
}
