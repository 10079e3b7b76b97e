import type { CompiledEntry } from '@deregister/core'

/** What a reader may report on when no single item fits. */
export const GENERAL_TARGET = 'general'

// Entry fields that are computed or identify the entry rather than say something about it.
const NOT_SECTIONS = new Set(['id', 'depth', 'hash', 'difficulty', 'glossary'])
// Fields that name an item, most specific first; the first present one labels it.
const LABEL_FIELDS = ['text', 'title', 'symptom', 'what', 'rule'] as const

type Item = Record<string, unknown> & { id: string }

function items(entry: CompiledEntry): Item[] {
  return Object.values(entry).flatMap((value) =>
    Array.isArray(value)
      ? value.filter((item): item is Item => typeof item === 'object' && item !== null && typeof item.id === 'string')
      : [],
  )
}

/**
 * Every target a report on this entry may name: "general", each section (`steps`,
 * `requirements`, `losses`, …) and the id of each step, requirement or other item. Derived from
 * the compiled entry, so a new content field needs no code here.
 */
export function reportTargets(entry: CompiledEntry): Set<string> {
  const targets = new Set([GENERAL_TARGET])
  for (const key of Object.keys(entry)) if (!NOT_SECTIONS.has(key)) targets.add(key)
  for (const item of items(entry)) targets.add(item.id)
  return targets
}

/** A human label for a target in the given language: the step's text, the item's title, … */
export function targetLabel(entry: CompiledEntry, target: string, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const item = items(entry).find((candidate) => candidate.id === target)
  for (const field of LABEL_FIELDS) {
    const value = item?.[field]
    if (typeof value === 'string') return value
    if (value && typeof value === 'object' && locale in value) return String((value as Record<string, unknown>)[locale])
  }
  return target
}
