import { createHash } from 'node:crypto'
import { difficulty } from '@deregister/core'
import type { CatalogIndex, CompiledEntry, Entry, Glossary, Guide, Summary, Vocabulary } from '@deregister/core/schema'

export interface Catalog {
  index: CatalogIndex
  entries: CompiledEntry[]
}

export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22)
}

/** The shared vocabulary entries a guide uses, so its compiled JSON stands on its own. */
function glossaryFor(guide: Guide, vocab: Vocabulary): Glossary {
  const methods = new Set([...guide.verification.map((v) => v.method), ...guide.steps.flatMap((s) => s.verification ?? [])])
  const categories = new Set(guide.losses.flatMap((l) => (l.category ? [l.category] : [])))
  const laws = vocab.laws.filter((l) => guide.legal.basis.includes(l.id))
  const channels = vocab.complaintChannels.filter((c) => guide.legal.complaint.includes(c.id))
  const sourceIds = new Set([...laws.map((l) => l.source), ...channels.map((c) => c.source)])
  JSON.stringify(guide, (key, value: unknown) => {
    if (key === 'source' && typeof value === 'string') sourceIds.add(value)
    if (key === 'sources' && Array.isArray(value)) value.forEach((v) => typeof v === 'string' && sourceIds.add(v))
    return value
  })
  return {
    verificationMethods: vocab.verificationMethods.filter((m) => methods.has(m.id)),
    dataCategories: vocab.dataCategories.filter((c) => categories.has(c.id)),
    laws,
    complaintChannels: channels,
    sources: vocab.sources.filter((s) => sourceIds.has(s.id)),
  }
}

export function compileEntry(entry: Entry, vocab: Vocabulary): CompiledEntry {
  if (entry.depth === 'link') return { ...entry, hash: hashOf(entry) }
  const body = {
    ...entry,
    difficulty: difficulty(entry, vocab.verificationMethods),
    glossary: glossaryFor(entry, vocab),
  }
  return { ...body, hash: hashOf(body) }
}

export function summarize(e: CompiledEntry): Summary {
  const common = { id: e.id, depth: e.depth, aliases: e.aliases, category: e.category, domains: e.domains, hash: e.hash }
  return e.depth === 'guide'
    ? { ...common, name: e.name, difficulty: e.difficulty, lastVerified: e.lastVerified }
    : { ...common, name: { 'zh-CN': e.name, en: e.name }, ...(e.grade ? { grade: e.grade } : {}) }
}

/** Compiles validated entries into the catalog: full entries plus a summary index. */
export function compileCatalog(entries: readonly Entry[], vocab: Vocabulary, generatedFrom = 'content/'): Catalog {
  const compiled = [...entries]
    .sort((a, b) => (a.depth === b.depth ? a.id.localeCompare(b.id) : a.depth === 'guide' ? -1 : 1))
    .map((e) => compileEntry(e, vocab))
  const summaries = compiled.map(summarize)
  return { index: { generatedFrom, hash: hashOf(summaries.map((s) => s.hash)), entries: summaries }, entries: compiled }
}
