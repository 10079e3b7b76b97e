/**
 * The reader's view (core's present layer) over every guide in content/ and random answers:
 * properties that hold for any reader, in both languages. Lives here rather than in core because
 * it needs the real guides, and core imports nothing of the repository. Each property runs many
 * evaluations: its time limit is generous so a busy machine does not fail it.
 */
import { clientIds, planCalendar, presentCheck, presentGuide } from '@deregister/core/present'
import type { CheckView } from '@deregister/core/present'
import type { Client, CompiledGuide, Question } from '@deregister/core'
import { evaluate } from '@deregister/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileEntry } from '../compile'
import { loadContent } from '../load'
import { defaultContentDir } from '../pipeline'
import { halfWidthMarks } from '../punctuation'

const content = await loadContent(defaultContentDir())
const guides = content.entries.flatMap(({ entry }) => {
  const c = entry.depth === 'guide' ? compileEntry(entry, content.vocabulary) : undefined
  return c?.depth === 'guide' ? [c] : []
})

const answerOf = (q: Question): fc.Arbitrary<boolean | number | string> =>
  q.type === 'boolean'
    ? fc.boolean()
    : q.type === 'choice'
      ? fc.constantFrom(...q.options.map((o) => o.value))
      : fc.integer({ min: Math.ceil(q.min), max: Math.floor(q.max ?? 10_000) })

/** Any subset of the questions answered, any client of the guide (or none), any day of three years. */
const input = (g: CompiledGuide) =>
  fc.record({
    // Unanswered questions are absent keys (requiredKeys: []), never undefined values.
    answers: fc.record(Object.fromEntries(g.questions.map((q) => [q.id, answerOf(q)])), {
      requiredKeys: [],
    }) as fc.Arbitrary<Record<string, boolean | number | string>>,
    client: fc.option(fc.constantFrom<Client>(...clientIds(g)), { nil: undefined }),
    day: fc.integer({ min: 0, max: 3 * 365 }),
  })

const startOf = (day: number): string =>
  new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString().slice(0, 10)

/** Every string of a view with its path. */
function strings(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value])
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out)
  return out
}

/** The view's shape with every string blanked: both languages must have the same one. */
const shape = (v: CheckView): string =>
  JSON.stringify(v, (k, x) =>
    typeof x === 'string' && k !== 'id' && k !== 'locale' ? '' : x,
  ).replace(/"locale":"[^"]*"/, '')

function checkView(v: CheckView): void {
  const firsts = v.timeline.map((e) => `${e.date.earliest}`)
  expect([...firsts].sort()).toEqual(firsts)
  const milestones = v.timeline.map((e) => e.id)
  expect(new Set(milestones).size).toBe(milestones.length)
  const remedies = v.plan.map((p) => p.requirement)
  expect(new Set(remedies).size).toBe(remedies.length)
  const grouped = v.groups.flatMap((g) => g.items.map((i) => i.id))
  expect(new Set(grouped).size).toBe(grouped.length)
  for (const g of v.groups) expect(g.count).toBe(g.items.length)
  expect(v.counts).toEqual({
    must: v.groups[0]!.items.length,
    recommended: v.groups[1]!.items.length,
    info: v.groups[2]!.items.length,
    questions: v.questions.length,
  })
  for (const [path, text] of strings(v)) {
    expect(text.trim(), path).not.toBe('')
    expect(text, path).not.toMatch(/(^|[^\d.])0 ?(天|个工作日|days?\b|working days?)/)
    expect(text, path).not.toMatch(/about at least|约 ?至少/)
  }
}

/**
 * Chinese text with half-width punctuation where full-width belongs (content:check's rule), in
 * core's phrases and in the content they carry. A source's title is quoted as published, so
 * source names (alone, or inside 《》) are left as they are.
 */
function halfWidthChinese(view: unknown): string[] {
  return strings(view)
    .filter(([path]) => !/\.source$/.test(path))
    .map(([path, text]): [string, string] => [path, text.replace(/《[^》]*》/g, '《》')])
    .filter(([, text]) => halfWidthMarks(text).length)
    .map(([path, text]) => `${path}: ${text}`)
}

describe.each(guides.map((g) => [g.id, g] as const))('the reader view of %s', (_, guide) => {
  it('words Chinese with full-width punctuation', () => {
    expect(halfWidthChinese(presentGuide(guide, 'zh-CN'))).toEqual([])
    fc.assert(
      fc.property(input(guide), ({ answers, client, day }) => {
        const view = presentCheck(
          guide,
          evaluate(guide, { answers, client, startDate: startOf(day) }),
          'zh-CN',
        )
        expect(halfWidthChinese(view)).toEqual([])
      }),
      { numRuns: 50 },
    )
  }, 120_000)

  it('is sorted, never repeats, counts its own lists and words durations right, in both languages', () => {
    fc.assert(
      fc.property(input(guide), ({ answers, client, day }) => {
        const result = evaluate(guide, { answers, client, startDate: startOf(day) })
        const zh = presentCheck(guide, result, 'zh-CN')
        const en = presentCheck(guide, result, 'en')
        checkView(zh)
        checkView(en)
        expect(shape(en)).toBe(shape(zh))
        // The same counts and verdict in both languages; English says it in English.
        expect(en.counts).toEqual(zh.counts)
        expect(en.verdict.text).not.toBe(zh.verdict.text)
      }),
      { numRuns: 150 },
    )
  }, 120_000)

  it('writes a calendar whose events each cover their milestone, one per milestone', () => {
    fc.assert(
      fc.property(input(guide), ({ answers, client, day }) => {
        const view = presentCheck(
          guide,
          evaluate(guide, { answers, client, startDate: startOf(day) }),
          'zh-CN',
        )
        const ics = planCalendar(view, new Date(0)).replace(/\r\n /g, '')
        const starts = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1])
        const ends = [...ics.matchAll(/DTEND;VALUE=DATE:(\d{8})/g)].map((m) => m[1]!)
        expect(starts).toEqual(view.timeline.map((e) => e.date.earliest.replace(/-/g, '')))
        ends.forEach((end, i) => expect(end > starts[i]!).toBe(true))
        const uids = [...ics.matchAll(/UID:(\S+)/g)].map((m) => m[1])
        expect(new Set(uids).size).toBe(view.timeline.length)
      }),
      { numRuns: 50 },
    )
  }, 120_000)
})
