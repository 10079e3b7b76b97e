import type { CompiledGuide, DateRange, Evaluation, Guide } from '@deregister/core'
import { compileEntry } from '../compile'
import { formatIssue } from '../issue'
import { loadContent } from '../load'
import type { LoadedContent } from '../load'
import { crossCheck } from '../cross-check'
import { defaultContentDir } from '../pipeline'

/** The repository's content/ through the real loader; fails on any content problem. */
async function loadValidContent(): Promise<LoadedContent> {
  const content = await loadContent(defaultContentDir())
  const issues = [...content.issues, ...crossCheck(content)]
  if (issues.length)
    throw new Error(`content/ has problems:\n${issues.map(formatIssue).join('\n')}`)
  return content
}

function guideIn(content: LoadedContent, id: string): Guide {
  const entry = content.entries.find((e) => e.entry.id === id)?.entry
  if (!entry || entry.depth !== 'guide')
    throw new Error(`no full guide "${id}" in content/platforms`)
  return entry
}

/** Loads one full guide from content/platforms. */
export async function loadGuide(id: string): Promise<Guide> {
  return guideIn(await loadValidContent(), id)
}

/** One full guide compiled as the catalog ships it (difficulty and glossary included). */
export async function loadCompiledGuide(id: string): Promise<CompiledGuide> {
  const content = await loadValidContent()
  const compiled = compileEntry(guideIn(content, id), content.vocabulary)
  if (compiled.depth !== 'guide') throw new Error(`"${id}" did not compile to a guide`)
  return compiled
}

/** Requirement ids of findings, in the engine's order. */
export const ids = (findings: readonly { requirement: string }[]): string[] =>
  findings.map((f) => f.requirement)

/** The plan as `remedy:<requirement>` / `step:<step>` labels, in order. */
export const planOrder = (e: Evaluation): string[] =>
  e.plan.map((p) => (p.kind === 'remedy' ? `remedy:${p.requirement}` : `step:${p.step}`))

/** A date range as `[earliest, latest]` (latest null when no upper bound is known). */
export const span = (r: DateRange | null): [string, string | null] | null =>
  r ? [r.earliest, r.latest] : null

/** Start and finish of every scheduled remedy, by requirement id. */
export const remedyDates = (
  e: Evaluation,
): Record<string, { start: [string, string | null]; done: [string, string | null] }> =>
  Object.fromEntries(
    e.plan.flatMap((p) =>
      p.kind === 'remedy'
        ? [
            [
              p.requirement,
              { start: [p.start.earliest, p.start.latest], done: [p.done.earliest, p.done.latest] },
            ],
          ]
        : [],
    ),
  )
