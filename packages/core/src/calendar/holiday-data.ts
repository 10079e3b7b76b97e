/**
 * The `chinese-days` package's statutory holidays and 调休 make-up workdays, as day runs
 * (./day-runs). The package build swaps this module for the two strings it computes here
 * (tsdown.config.ts), so bundles carry neither the package's JSON nor the encoder.
 */
import calendar from 'chinese-days/dist/chinese-days.json'
import { toDay } from './dates'
import { encodeDays } from './day-runs'

export const HOLIDAYS: string = encodeDays(Object.keys(calendar.holidays).map(toDay))
export const MAKE_UP_WORKDAYS: string = encodeDays(Object.keys(calendar.workdays).map(toDay))
