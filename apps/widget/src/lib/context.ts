import type { Client, CompiledGuide, Locale, localize, Source } from '@deregister/core'
import type { CheckView, GuideView } from '@deregister/core/present'
import type { InjectionKey } from 'vue'
import { inject } from 'vue'
import type { Translate } from './messages'

/** A compiled guide projected to the reader's language (and narrowed to their client). */
export type Guide = ReturnType<typeof localize<CompiledGuide>>
export type Loc<T> = ReturnType<typeof localize<T>>

/** What every part of the widget reads: language, client, core's views, sources, the report channel. */
export interface WidgetContext {
  readonly locale: Locale
  readonly t: Translate
  readonly platform: string
  readonly client: Client | undefined
  /** How many parts of a long view are rendered so far (see useStages). */
  readonly stage: number
  /** Core's view of the guide for this reader's language and client; read lazily. */
  readonly guide: GuideView | undefined
  /** Core's view of the current answers' evaluation; read lazily. */
  readonly check: CheckView | undefined
  /** Absent when data comes from a static folder: there is nowhere to send a report. */
  readonly reportUrl: string | undefined
  readonly source: (id: string) => Loc<Source> | undefined
  readonly ticked: Record<string, boolean>
  tick(step: string, done: boolean): void
}

export const CONTEXT: InjectionKey<WidgetContext> = Symbol('deregister')

export function useWidget(): WidgetContext {
  const ctx = inject(CONTEXT)
  if (!ctx) throw new Error('a Deregister part was rendered outside <deregister-guide>')
  return ctx
}
