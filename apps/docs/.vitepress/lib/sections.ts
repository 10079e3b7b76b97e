/**
 * @module
 * The sections of a platform page, in order: one list drives the page component, its
 * headings and anchors, and the search index (so search finds what the page shows).
 */
export const SECTIONS = [
  'steps',
  'requirements',
  'verification',
  'waiting',
  'losses',
  'retention',
  're-registration',
  'backups',
  'alternatives',
  'troubleshooting',
  'special-accounts',
  'consequences',
  'legal',
  'disagreements',
  'sources',
] as const
export type SectionKey = (typeof SECTIONS)[number]

/**
 * Sections whose items each carry an anchor on the page, `<prefix>-<item id>`, so a link or a
 * search result can land on one item rather than at the top of its section. Steps,
 * verification and legal have none: a step sits in one tab per client, and the other two
 * are short.
 */
export const ITEM_ANCHOR = {
  requirements: 'req',
  waiting: 'wait',
  losses: 'loss',
  retention: 'retention',
  're-registration': 'reregistration',
  backups: 'backup',
  alternatives: 'alternative',
  troubleshooting: 'trouble',
  'special-accounts': 'special',
  consequences: 'consequence',
  disagreements: 'disagreement',
  sources: 'source',
} as const satisfies Partial<Record<SectionKey, string>>
export type ItemSection = keyof typeof ITEM_ANCHOR

export function itemAnchor(key: ItemSection, id: string): string {
  return `${ITEM_ANCHOR[key]}-${id}`
}

type List = readonly unknown[]
/** A guide in both languages or localized to one: the fields sections read. */
interface Data {
  clients: List
  steps: List
  requirements: List
  verification: List
  waitingPeriods: List
  losses: List
  retention: List
  reRegistration: List
  backups: List
  alternatives: List
  troubleshooting: List
  specialAccounts: List
  consequences: List
  disagreements?: List
  legal: unknown
  sources: List
  glossary: { verificationMethods: List; laws: List; complaintChannels: List; sources: List }
}

/** The parts of a guide each section shows. */
export function sectionData(g: Data, key: SectionKey): List {
  switch (key) {
    case 'steps':
      return [...g.clients, ...g.steps]
    case 'requirements':
      return g.requirements
    case 'verification':
      return [...g.verification, ...g.glossary.verificationMethods]
    case 'waiting':
      return g.waitingPeriods
    case 'losses':
      return g.losses
    case 'retention':
      return g.retention
    case 're-registration':
      return g.reRegistration
    case 'backups':
      return g.backups
    case 'alternatives':
      return g.alternatives
    case 'troubleshooting':
      return g.troubleshooting
    case 'special-accounts':
      return g.specialAccounts
    case 'consequences':
      return g.consequences
    case 'legal':
      return [g.legal, ...g.glossary.laws, ...g.glossary.complaintChannels]
    case 'disagreements':
      return g.disagreements ?? []
    case 'sources':
      return [...g.sources, ...g.glossary.sources]
  }
}

/** The sections a guide says nothing about: the page leaves them out and names them once. Legal always shows (its laws and channels are shared). */
export function uncoveredSections(g: Data): SectionKey[] {
  return SECTIONS.filter((key) => key !== 'legal' && sectionData(g, key).length === 0)
}

// Structural fields: identifiers, references and enums, not prose a reader searches for.
const SKIP = new Set([
  'id',
  'url',
  'source',
  'sources',
  'method',
  'category',
  'client',
  'clients',
  'kind',
  'when',
  'after',
  'requirement',
  'subject',
  'severity',
  'unit',
  'topic',
  'basis',
  'complaint',
  'group',
  'bound',
])

/** Every reader-facing string in `value` (already localized to one language). */
export function proseOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) proseOf(v, out)
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (!SKIP.has(k)) proseOf(v, out)
  return out
}
