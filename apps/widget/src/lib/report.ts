import type { Client } from '@deregister/core'
import { FETCH_PRIVACY } from './data-source'

export const REPORT_KINDS = ['outdated', 'wrong', 'missing', 'broken-link', 'other'] as const
export type ReportKind = (typeof REPORT_KINDS)[number]

export interface ReportDraft {
  target: string
  kind: ReportKind
  client?: Client
  message?: string
}

function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  // Pages outside a secure context lack randomUUID: build a version 4 UUID by hand.
  const b = crypto.getRandomValues(new Uint8Array(16))
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** What became of a report: stored under its id, refused with the API's reason, or not delivered. */
export type ReportOutcome = { sent: true; id: string } | { sent: false; reason?: string }

interface Problem {
  title?: string
  detail?: string
  'invalid-params'?: { path?: string; message?: string }[]
}

// The API answers a refusal with an RFC 9457 problem: its detail, or its title and each field it names.
function reasonOf(problem: Problem | null, status: number): string {
  const fields = (problem?.['invalid-params'] ?? []).map((p) =>
    [p.path, p.message].filter(Boolean).join(': '),
  )
  const head = problem?.detail || problem?.title || `HTTP ${status}`
  return fields.length ? `${head} (${fields.join('; ')})` : head
}

/**
 * Returns a sender bound to one report id, so retrying after a failure cannot file the report
 * twice (the API answers a repeated id with the stored report).
 */
export function reportSender(url: string): (draft: ReportDraft) => Promise<ReportOutcome> {
  const id = uuid()
  return async (draft) => {
    const body = JSON.stringify({ id, ...draft, message: draft.message?.trim() || undefined })
    let res: Response
    try {
      res = await fetch(url, {
        ...FETCH_PRIVACY,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
    } catch {
      return { sent: false }
    }
    if (res.ok) return { sent: true, id }
    return {
      sent: false,
      reason: reasonOf((await res.json().catch(() => null)) as Problem | null, res.status),
    }
  }
}
