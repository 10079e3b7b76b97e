import type { Client, CompiledGuide, Evaluation, Locale, localize, Source } from '@deregister/core'
import type { InjectionKey } from 'vue'
import { inject } from 'vue'
import type { Translate } from './messages'

/** A compiled guide and an evaluation projected to the reader's language. */
export type Guide = ReturnType<typeof localize<CompiledGuide>>
export type Result = ReturnType<typeof localize<Evaluation>>
export type Loc<T> = ReturnType<typeof localize<T>>

/** What every part of the widget reads: language, client, sources, and the report channel. */
export interface WidgetContext {
  readonly locale: Locale
  readonly t: Translate
  readonly platform: string
  readonly client: Client | undefined
  /** How many parts of a long view are rendered so far (see useStages). */
  readonly stage: number
  /** The evaluation of the current answers, in the reader's language; read lazily. */
  readonly result: Result | undefined
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
