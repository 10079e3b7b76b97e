import type { CompiledGuide } from '../schema/compiled'
import type { Locale } from '../schema/localized'
import type { Evaluation } from '../schema/result'
import type { CheckView } from '../schema/view'
import { appliesTo } from './clients'
import type { Names } from './lookup'
import { words } from './messages'

/**
 * For each verification method the reader said they cannot use: the other methods of its group
 * (the platform asks for one of them) that they can, or a plain word that the sources name none.
 */
export function verificationHelp(guide: CompiledGuide, result: Evaluation, locale: Locale, names: Names): CheckView['verification'] {
  const w = words(locale)
  const unavailable = new Set(result.unavailableVerification)
  const usable = guide.verification.filter((v) => appliesTo(v.clients, result.client ?? undefined) && !unavailable.has(v.method))
  return [...unavailable].map((method) => {
    const group = guide.verification.find((v) => v.method === method)?.group
    const others = group ? [...new Set(usable.filter((v) => v.group === group).map((v) => names.method(v.method)))] : []
    return {
      method,
      text: others.length ? w.alternatives(names.method(method), w.list(others)) : w.noAlternative(names.method(method)),
    }
  })
}
