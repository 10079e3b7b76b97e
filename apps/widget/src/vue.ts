/**
 * @module
 * For Vue apps (`@deregister/widget/vue`): the same component and element built against the
 * app's own Vue. Nothing is defined on import; call `register()` on the client, or use the
 * `DeregisterGuide` component directly.
 */
export { DeregisterGuide, DeregisterGuideElement, register } from './element'
export type { DeregisterEventMap, StepEventDetail, VerdictEventDetail } from './lib/events'
