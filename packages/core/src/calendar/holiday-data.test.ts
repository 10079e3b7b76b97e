import calendar from 'chinese-days/dist/chinese-days.json'
import { describe, expect, it } from 'vitest'
import { fromDay } from './dates'
import { decodeDays } from './day-runs'
import { HOLIDAYS, MAKE_UP_WORKDAYS } from './holiday-data'

describe('embedded holiday data', () => {
  it('holds exactly the holidays and make-up workdays of chinese-days', () => {
    const sorted = (o: object): string[] => Object.keys(o).sort()
    expect(decodeDays(HOLIDAYS).map(fromDay)).toEqual(sorted(calendar.holidays))
    expect(decodeDays(MAKE_UP_WORKDAYS).map(fromDay)).toEqual(sorted(calendar.workdays))
  })
})
