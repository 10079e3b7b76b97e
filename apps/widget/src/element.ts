import { defineCustomElement } from 'vue'
import DeregisterGuide from './components/DeregisterGuide.ce.vue'

/** The `<deregister-guide>` element class; attributes map to the component's props. */
export const DeregisterGuideElement = defineCustomElement(DeregisterGuide)

/**
 * Defines the element under `tagName` (default `deregister-guide`). Calling it again, or for a
 * name already taken, does nothing.
 *
 * @example
 * import { register } from '@deregister/widget'
 * register('help-deregister')
 */
export function register(tagName = 'deregister-guide'): void {
  if (customElements.get(tagName)) return
  // Each name needs its own class: one constructor cannot be defined twice.
  customElements.define(tagName, tagName === 'deregister-guide' ? DeregisterGuideElement : class extends DeregisterGuideElement {})
}

export { DeregisterGuide }
