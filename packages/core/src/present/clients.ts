import type { Client, Locale } from '../schema/localized'
import type { Guide } from '../schema/platform'

/** How each client is named, once, for every frontend. */
const LABELS: Record<Client, Record<Locale, string>> = {
  ios: { 'zh-CN': 'iOS', en: 'iOS' },
  android: { 'zh-CN': 'Android', en: 'Android' },
  web: { 'zh-CN': '网页', en: 'Web' },
  desktop: { 'zh-CN': '电脑端', en: 'Desktop' },
}

export interface ClientOption {
  client: Client
  label: string
}

export function clientLabel(client: Client, locale: Locale): string {
  return LABELS[client][locale]
}

/** Whether an item narrowed to `clients` applies on `client` (no narrowing, or no client chosen: yes). */
export function appliesTo(clients: readonly Client[] | undefined, client: Client | undefined): boolean {
  return !clients || !client || clients.includes(client)
}

/** A guide's clients in content order, each once (a client may list several menu paths). */
export function clientIds(guide: Pick<Guide, 'clients'>): Client[] {
  return [...new Set(guide.clients.map((c) => c.client))]
}

/** The client list a reader picks from: each client once, labelled. */
export function clientOptions(guide: Pick<Guide, 'clients'>, locale: Locale): ClientOption[] {
  return clientIds(guide).map((client) => ({ client, label: clientLabel(client, locale) }))
}

type Narrowable = Pick<Guide, 'clients' | 'steps' | 'verification' | 'questions' | 'requirements' | 'backups'>

/**
 * The guide as seen from one client: its menu paths, and the steps, verification, questions,
 * requirements and backups that apply there. Everything else is unchanged; no client, no change.
 */
export function narrowToClient<G extends Narrowable>(guide: G, client: Client | undefined): G {
  if (!client) return guide
  const keep = <T extends { clients?: readonly Client[] }>(items: readonly T[]): T[] =>
    items.filter((i) => appliesTo(i.clients, client))
  return {
    ...guide,
    clients: guide.clients.filter((c) => c.client === client),
    steps: keep(guide.steps),
    verification: keep(guide.verification),
    questions: keep(guide.questions),
    requirements: keep(guide.requirements),
    backups: keep(guide.backups),
  }
}

/** Clients in the order a user agent suggests them: phones first, then web before desktop apps. */
export function preferredClients(userAgent: string, touchPoints = 0): Client[] {
  if (/iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && touchPoints > 1)) return ['ios']
  if (/Android/.test(userAgent)) return ['android']
  return ['web', 'desktop']
}

/** The client to show: the one asked for if the guide has it, else the best guess, else the first. */
export function pickClient(available: readonly Client[], requested: string | null | undefined, preferred: readonly Client[]): Client | undefined {
  const has = (c: string | null | undefined): c is Client => available.includes(c as Client)
  if (has(requested)) return requested
  return preferred.find(has) ?? available[0]
}
