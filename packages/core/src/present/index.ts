/**
 * @module
 * What a reader sees, computed once for every frontend: `(guide, evaluation, locale, client)` →
 * the reader's view (grouping, counts, order, duration and date phrases, client lists, language
 * choice, the start day and the calendar file). The API, the widget and the docs render these
 * and word nothing on their own. Pure; no zod at run time; runs in Node, workerd and browsers.
 */
export { negotiateLocale, localeOfTag, DEFAULT_LOCALE } from './locale'
export { startDay } from './start-day'
export { appliesTo, clientIds, clientLabel, clientOptions, narrowToClient, pickClient, preferredClients } from './clients'
export type { ClientOption } from './clients'
export { checkAnswers } from './answers'
export type { AnswerProblem } from './answers'
export { formatDuration, formatDate, formatDateRange, formatTaskDates, formatShare } from './phrases'
export { sourcedDuration, totalWait } from './durations'
export type { SourcedDurationView } from './durations'
export { presentCheck } from './check-view'
export { presentGuide } from './guide-view'
export type { GuideView, GuideRequirement, GuideRequirementGroup } from './guide-view'
export { planCalendar } from './ics'
export type { CheckView, PlanEntry, RequirementGroup, RequirementItem, TimelineEntry, ClaimView } from '../schema/view'
export { kindLabel, presentSource, presentSources, officialEntry } from './sources'
export type { SourceFacts, SourcedGuide, GuideWithEntry, PresentedSource, OfficialEntry } from './sources'
