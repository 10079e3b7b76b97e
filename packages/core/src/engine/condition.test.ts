import { describe, expect, it } from 'vitest'
import { referencedAnswers, test } from './condition'

describe('test (three-valued conditions)', () => {
  it('is unknown, naming the question, when the answer is missing', () => {
    expect(test({ answer: 'balance', gt: 0 }, {})).toEqual({ value: null, missing: ['balance'] })
  })
  it('compares numbers, booleans and choices', () => {
    expect(test({ answer: 'balance', gt: 0 }, { balance: 0.01 }).value).toBe(true)
    expect(test({ answer: 'balance', gt: 0 }, { balance: 0 }).value).toBe(false)
    expect(test({ answer: 'cards', eq: true }, { cards: false }).value).toBe(false)
    expect(test({ answer: 'plan', in: ['gold', 'silver'] }, { plan: 'gold' }).value).toBe(true)
    expect(test({ answer: 'plan', ne: 'none' }, { plan: 'none' }).value).toBe(false)
  })
  it('lets one false decide `all` and one true decide `any`, even with unknowns', () => {
    const a = { answer: 'a', eq: true }
    const b = { answer: 'b', eq: true }
    expect(test({ all: [a, b] }, { a: false }).value).toBe(false)
    expect(test({ any: [a, b] }, { a: true }).value).toBe(true)
    expect(test({ all: [a, b] }, { a: true })).toEqual({ value: null, missing: ['b'] })
    expect(test({ any: [a, b] }, { a: false })).toEqual({ value: null, missing: ['b'] })
  })
  it('negates known values and keeps unknown unknown', () => {
    expect(test({ not: { answer: 'a', eq: true } }, { a: true }).value).toBe(false)
    expect(test({ not: { answer: 'a', eq: true } }, {}).value).toBe(null)
  })
  it('treats a number comparison against a non-number as not holding', () => {
    expect(test({ answer: 'balance', gt: 0 }, { balance: 'lots' }).value).toBe(false)
  })
  it('lists every question a condition reads', () => {
    expect(referencedAnswers({ all: [{ answer: 'a', eq: 1 }, { not: { answer: 'b', eq: 2 } }] })).toEqual(['a', 'b'])
  })
})
