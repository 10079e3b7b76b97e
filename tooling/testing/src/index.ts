/**
 * @module
 * What every browser test of the repository shares, so a page, a widget state and an API
 * process are judged and started one way.
 */
export { launchChromium, watchedPage, watch } from './chromium'
export type { Watched, WatchedPage } from './chromium'
export { auditPage } from './audit'
export type { AuditResult } from './audit'
export { startApi } from './api'
export type { RunningApi, StartApiOptions } from './api'
