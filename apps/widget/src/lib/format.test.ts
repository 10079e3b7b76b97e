import { describe, expect, it } from 'vitest'
import { formatDate } from './format'

describe('formatDate', () => {
  it('writes every day of a leap year as Intl medium dates do, in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
      for (let day = 0; day < 366; day++) {
        const iso = new Date(Date.UTC(2028, 0, 1 + day)).toISOString().slice(0, 10)
        expect(formatDate(iso, locale)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)))
      }
    }
  })
})
