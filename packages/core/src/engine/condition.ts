import type { AnswerValue, Comparison, Condition } from '../schema/condition'

export type Answers = Readonly<Record<string, AnswerValue>>

/** Three-valued truth: an unanswered question makes a condition unknown, never false. */
export interface Truth {
  value: boolean | null
  /** Question ids that would decide an unknown result. */
  missing: string[]
}

function compare(c: Comparison, answer: AnswerValue): boolean {
  if (c.eq !== undefined) return answer === c.eq
  if (c.ne !== undefined) return answer !== c.ne
  if (c.in !== undefined) return c.in.includes(answer as string | number)
  if (typeof answer !== 'number') return false
  if (c.gt !== undefined) return answer > c.gt
  if (c.gte !== undefined) return answer >= c.gte
  if (c.lt !== undefined) return answer < c.lt
  if (c.lte !== undefined) return answer <= c.lte
  return false
}

/** `identity` is true for `all`, false for `any`: one part equal to its negation decides. */
function combine(parts: Truth[], identity: boolean): Truth {
  if (parts.some((p) => p.value === !identity)) return { value: !identity, missing: [] }
  const unknown = parts.filter((p) => p.value === null)
  if (unknown.length === 0) return { value: identity, missing: [] }
  return { value: null, missing: [...new Set(unknown.flatMap((p) => p.missing))] }
}

/** Evaluates a declarative condition against the reader's answers. */
export function test(condition: Condition, answers: Answers): Truth {
  if ('all' in condition) return combine(condition.all.map((c) => test(c, answers)), true)
  if ('any' in condition) return combine(condition.any.map((c) => test(c, answers)), false)
  if ('not' in condition) {
    const r = test(condition.not, answers)
    return r.value === null ? r : { value: !r.value, missing: [] }
  }
  const answer = answers[condition.answer]
  if (answer === undefined) return { value: null, missing: [condition.answer] }
  return { value: compare(condition, answer), missing: [] }
}

/** Every question id a condition reads. */
export function referencedAnswers(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(referencedAnswers)
  if ('any' in condition) return condition.any.flatMap(referencedAnswers)
  if ('not' in condition) return referencedAnswers(condition.not)
  return [condition.answer]
}
