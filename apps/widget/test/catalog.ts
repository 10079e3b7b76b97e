import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import type { AnswerValue, CompiledGuide, Question } from '@deregister/core'
import { evaluate } from '@deregister/core'

/** The ids of every full guide in the catalog (link-level entries left out). */
export function guideIds(): string[] {
  const index = JSON.parse(
    readFileSync(
      createRequire(import.meta.url).resolve('@deregister/content/catalog/index.json'),
      'utf8',
    ),
  )
  return index.entries
    .filter((e: { depth: string }) => e.depth === 'guide')
    .map((e: { id: string }) => e.id)
}

/** The compiled entry the widget serves beside its script. */
export function loadGuide(id: string): CompiledGuide {
  const entry = JSON.parse(
    readFileSync(new URL(`../dist/platforms/${id}.json`, import.meta.url), 'utf8'),
  )
  if (entry.depth !== 'guide') throw new Error(`${id} is not a full guide`)
  return entry
}

const candidates = (q: Question): AnswerValue[] =>
  q.type === 'boolean'
    ? [false, true]
    : q.type === 'choice'
      ? q.options.map((o) => o.value)
      : [0, 12.5]

export interface Scenario {
  /** Answers that make the verdict `ready`, in question order. */
  ready: [Question, AnswerValue][]
  /** One question whose other answer blocks, and that answer. */
  blocking: [Question, AnswerValue]
  /** For every question that has one, an answer that blocks on its own. */
  worst: Record<string, AnswerValue>
}

/**
 * Derives a ready scenario and one blocking answer from the content itself, with the engine,
 * so the browser test follows the platform's data instead of hard-coding it.
 */
export function scenario(guide: CompiledGuide, client: string, startDate: string): Scenario {
  const asked = guide.questions.filter((q) => !q.clients || q.clients.includes(client as never))
  const answers: Record<string, AnswerValue> = {}
  const verdict = (a: Record<string, AnswerValue>): string =>
    evaluate(guide, { answers: a, client: client as never, startDate }).verdict
  const ready: [Question, AnswerValue][] = []
  let blocking: [Question, AnswerValue] | undefined
  for (const q of asked) {
    const ok = candidates(q).find((v) =>
      evaluate(guide, {
        answers: { ...answers, [q.id]: v },
        client: client as never,
        startDate,
      }).blockers.every((b) => b.status !== 'fails'),
    )
    if (ok === undefined) throw new Error(`no answer to ${q.id} avoids a blocker`)
    answers[q.id] = ok
    ready.push([q, ok])
  }
  if (verdict(answers) !== 'ready') throw new Error('greedy answers did not reach ready')
  for (const [q] of ready) {
    const bad = candidates(q).find((v) => verdict({ ...answers, [q.id]: v }) === 'blocked')
    if (bad !== undefined && !blocking) blocking = [q, bad]
  }
  if (!blocking) throw new Error('no single answer blocks')
  const worst: Record<string, AnswerValue> = {}
  for (const [q] of ready) {
    const bad = candidates(q).find((v) => verdict({ ...answers, [q.id]: v }) === 'blocked')
    if (bad !== undefined) worst[q.id] = bad
  }
  return { ready, blocking, worst }
}

/** Answers one question through the widget's own controls, as a reader would. */
export async function answerInPage(
  page: Page,
  q: Question,
  value: AnswerValue,
  lang: 'en' | 'zh-CN',
): Promise<void> {
  const text = q.text[lang]
  if (q.type === 'number') {
    await page.getByRole('spinbutton', { name: text }).fill(String(value))
    return
  }
  const yesNo = lang === 'en' ? ['Yes', 'No'] : ['是', '否']
  const label =
    q.type === 'boolean'
      ? yesNo[value ? 0 : 1]
      : q.options.find((o) => o.value === value)?.label[lang]
  await page
    .getByRole('group', { name: text })
    .getByRole('radio', { name: label, exact: true })
    .check()
}
