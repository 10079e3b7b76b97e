import type { Client, Verdict } from '@deregister/core'

/** `deregister-verdict`: the check reached a verdict. Carries no answers. */
export interface VerdictEventDetail {
  platform: string
  client: Client | null
  verdict: Exclude<Verdict, 'incomplete'>
}

/** `deregister-step`: the reader ticked or unticked a step. Carries no answers. */
export interface StepEventDetail {
  platform: string
  client: Client | null
  step: string
  done: boolean
}

export interface DeregisterEventMap {
  'deregister-verdict': CustomEvent<VerdictEventDetail>
  'deregister-step': CustomEvent<StepEventDetail>
}

export function emit<K extends keyof DeregisterEventMap>(target: EventTarget | null, name: K, detail: DeregisterEventMap[K]['detail']): void {
  target?.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }))
}
