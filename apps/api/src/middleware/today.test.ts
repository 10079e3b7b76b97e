import { describe, expect, it } from 'vitest'
import { todayInShanghai } from './today'

describe('todayInShanghai', () => {
  it('turns the date at 16:00 UTC, Beijing midnight', () => {
    expect(todayInShanghai(Date.UTC(2026, 8, 27, 15, 59))).toBe('2026-09-27')
    expect(todayInShanghai(Date.UTC(2026, 8, 27, 16, 0))).toBe('2026-09-28')
    expect(todayInShanghai(Date.UTC(2026, 11, 31, 16, 0))).toBe('2027-01-01')
  })
})
