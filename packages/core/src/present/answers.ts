import type { Question } from '../schema/question'

type AnswerValue = boolean | number | string

/** What is wrong with one answer, and where: `answers.<question id>`. */
export interface AnswerProblem {
  path: string
  message: string
}

function expected(q: Question): string {
  if (q.type === 'boolean') return 'expected true or false'
  if (q.type === 'choice') return `expected one of ${q.options.map((o) => JSON.stringify(o.value)).join(', ')}`
  const max = q.max === undefined ? '' : ` and ≤ ${q.max}`
  return `expected a number ≥ ${q.min}${max}`
}

function fits(q: Question, v: AnswerValue): boolean {
  if (q.type === 'boolean') return typeof v === 'boolean'
  if (q.type === 'choice') return typeof v === 'string' && q.options.some((o) => o.value === v)
  return typeof v === 'number' && Number.isFinite(v) && v >= q.min && (q.max === undefined || v <= q.max)
}

/**
 * Checks answers against a guide's questionnaire: every key must be one of its questions and
 * every value of the question's type (and option list or range). One problem per wrong answer.
 */
export function checkAnswers(questions: readonly Question[], answers: Readonly<Record<string, AnswerValue>>): AnswerProblem[] {
  const byId = new Map(questions.map((q) => [q.id, q]))
  const wrong: AnswerProblem[] = []
  for (const [id, value] of Object.entries(answers)) {
    const q = byId.get(id)
    const path = `answers.${id}`
    if (!q) {
      const known = questions.map((x) => x.id)
      const list = known.length > 8 ? `${known.slice(0, 8).join(', ')}, …` : known.join(', ')
      wrong.push({ path, message: `not a question of this platform; expected one of ${list}` })
    } else if (!fits(q, value)) {
      wrong.push({ path, message: expected(q) })
    }
  }
  return wrong
}
