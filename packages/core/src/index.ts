/**
 * @module
 * Deregister's engine: answers → verdict, plan and dated timeline, on the mainland-China
 * working-day calendar. Runs unchanged in Node, workerd and browsers; imports no zod
 * (schemas live on `@deregister/core/schema`).
 */
export { evaluate } from './engine/evaluate'
export { difficulty } from './engine/difficulty'
export { test, referencedAnswers } from './engine/condition'
export type { Answers, Truth } from './engine/condition'
export { conservative, addDuration, approxDays } from './engine/duration'
export { dependencyOrder, findCycle, DependencyCycleError } from './engine/order'
export { isWorkday, addWorkdays, isCalendarKnown, CALENDAR_RANGE } from './calendar/workdays'
export { toDay, fromDay, addDays, addMonths } from './calendar/dates'
export { localize } from './localize'
export { createCatalogSearch } from './search/catalog-search'
export type { CatalogSearch, SearchOptions } from './search/catalog-search'
export { normalizeSearchText } from './search/normalize'
export { hostOf, domainCandidates } from './search/domain'
export type * from './schema/index'
