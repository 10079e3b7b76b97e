import type { CompiledGuide } from '../schema/compiled'
import type { Locale } from '../schema/localized'

/** Names of the things a guide refers to by id, in one language; an unknown id reads as itself. */
export interface Names {
  source(id: string): string
  method(id: string): string
  requirement(id: string): string
  complaint(id: string): string
}

export function namesOf(guide: CompiledGuide, locale: Locale): Names {
  const sources = new Map([...guide.glossary.sources, ...guide.sources].map((s) => [s.id, s.title]))
  const methods = new Map(guide.glossary.verificationMethods.map((m) => [m.id, m.name[locale]]))
  const requirements = new Map(guide.requirements.map((r) => [r.id, r.title[locale]]))
  const complaints = new Map(guide.glossary.complaintChannels.map((c) => [c.id, c.name[locale]]))
  return {
    source: (id) => sources.get(id) ?? id,
    method: (id) => methods.get(id) ?? id,
    requirement: (id) => requirements.get(id) ?? id,
    complaint: (id) => complaints.get(id) ?? id,
  }
}
