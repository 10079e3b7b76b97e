/**
 * @module
 * The widget build this site ships (set in the config at build time) and a loader that
 * adds its script tag once, with its Subresource Integrity hash.
 */
import { computed } from 'vue'
import type { ComputedRef } from 'vue'
import { useData, withBase } from 'vitepress'
import type { WidgetBuild } from '../lib/assets'

export interface WidgetInfo extends WidgetBuild {
  /** URL of the script under this site's base; the platform JSON sits beside it. */
  src: string
  /** The API the widget sends reader reports to, when the site was built with one. */
  apiUrl: string
}

export function useWidget(): ComputedRef<WidgetInfo> {
  const { theme } = useData()
  return computed(() => {
    const d = theme.value.deregister as { widget: Omit<WidgetInfo, 'src' | 'apiUrl'> & { path: string }; apiUrl: string }
    return { ...d.widget, src: withBase(d.widget.path), apiUrl: d.apiUrl }
  })
}

export function loadWidget(info: WidgetInfo): void {
  if (document.querySelector('script[data-deregister-widget]')) return
  const s = document.createElement('script')
  s.type = 'module'
  s.src = info.src
  s.integrity = info.integrity
  s.crossOrigin = 'anonymous'
  s.dataset.deregisterWidget = ''
  document.head.append(s)
}
