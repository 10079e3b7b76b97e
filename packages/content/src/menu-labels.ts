import type { Localized } from '@deregister/core/schema'
import type { ContentIssue } from './issue'
import type { LoadedEntry } from './load'

type Path = (string | number)[]

/** Every menu label of a guide (entry paths and remedy paths), with its path. */
function* menuLabels(value: unknown, path: Path = []): Generator<[Localized, Path]> {
  if (!value || typeof value !== 'object') return
  for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const at = [...path, key]
    if (key === 'menuPath' && Array.isArray(child)) for (const [i, l] of child.entries()) yield [l as Localized, [...at, i]]
    else yield* menuLabels(child, at)
  }
}

/**
 * A Chinese menu label is translated one way across all guides (账号与安全 is always
 * "Account & Security"), so English readers can match labels between pages.
 */
export function checkMenuLabels(entries: readonly LoadedEntry[]): ContentIssue[] {
  const first = new Map<string, { en: string; file: string }>()
  const issues: ContentIssue[] = []
  for (const { entry, yaml } of entries) {
    if (entry.depth !== 'guide') continue
    for (const [label, path] of menuLabels(entry)) {
      const seen = first.get(label['zh-CN'])
      if (!seen) first.set(label['zh-CN'], { en: label.en, file: yaml.file })
      else if (seen.en !== label.en)
        issues.push(yaml.issue([...path, 'en'], `menu label "${label['zh-CN']}" is "${seen.en}" in ${seen.file}: spell it the same way`))
    }
  }
  return issues
}
