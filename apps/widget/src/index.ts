/**
 * @module
 * The Deregister widget: `<deregister-guide platform="wechat">` shows a platform's deletion
 * guide, checks eligibility in the page, and never sends the reader's answers anywhere.
 * Importing this module defines `<deregister-guide>`; `register()` adds other tag names.
 */
import { register } from './element'

export { DeregisterGuide, DeregisterGuideElement, register } from './element'
export type { DeregisterEventMap, StepEventDetail, VerdictEventDetail } from './lib/events'

register()
