// The size baseline: an empty Vue custom element built with the widget's own settings.
import { defineCustomElement, h } from 'vue'

customElements.define('empty-element', defineCustomElement({ setup: () => () => h('div') }))
