import type { AnswerValue, CompiledGuide, Question } from '@deregister/core'

export interface AnswerSet {
  name: string
  answers: Record<string, AnswerValue>
}

const heavy = (q: Question): AnswerValue =>
  q.type === 'boolean' ? true : q.type === 'choice' ? q.options[0]!.value : Math.max(q.min, Math.min(q.max ?? 500, 500))
const light = (q: Question): AnswerValue =>
  q.type === 'boolean' ? false : q.type === 'choice' ? q.options.at(-1)!.value : q.min

/**
 * Three readers per guide, derived from its questions alone (no per-platform code): one who has
 * answered nothing, one who answers every question "yes" or high (most blockers), and one who
 * answers "no" or the minimum (the fewest), plus one who answered every other question.
 */
export function answerSets(guide: CompiledGuide): AnswerSet[] {
  const all = (f: (q: Question) => AnswerValue) => Object.fromEntries(guide.questions.map((q) => [q.id, f(q)]))
  const half = Object.fromEntries(guide.questions.filter((_, i) => i % 2 === 0).map((q) => [q.id, heavy(q)]))
  return [
    { name: 'nothing answered', answers: {} },
    { name: 'everything yes', answers: all(heavy) },
    { name: 'everything no', answers: all(light) },
    { name: 'every other question', answers: half },
  ]
}
