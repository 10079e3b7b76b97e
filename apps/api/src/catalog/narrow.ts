import type { Client, CompiledGuide } from '@deregister/core'

const applies = (clients: readonly Client[] | undefined, client: Client): boolean => !clients || clients.includes(client)

/** The clients a guide's flow runs on. */
export function clientsOf(guide: CompiledGuide): Client[] {
  // A guide may list one client several times (a flow per app or site): name each once.
  return [...new Set(guide.clients.map((c) => c.client))]
}

/**
 * The guide as seen from one client: its menu path, and the steps, verification, questions,
 * requirements and backups that apply there. Everything else is unchanged.
 */
export function narrowToClient(guide: CompiledGuide, client: Client): CompiledGuide {
  return {
    ...guide,
    clients: guide.clients.filter((c) => c.client === client),
    steps: guide.steps.filter((s) => applies(s.clients, client)),
    verification: guide.verification.filter((v) => applies(v.clients, client)),
    questions: guide.questions.filter((q) => applies(q.clients, client)),
    requirements: guide.requirements.filter((r) => applies(r.clients, client)),
    backups: guide.backups.filter((b) => applies(b.clients, client)),
  }
}
