/**
 * @module
 * Landing where the address points once a platform page's guide is on screen. VitePress
 * scrolls to the address's `#anchor` (or, back in history, to the position it saved) right
 * after it swaps the page component in. A platform page renders its guide only once the
 * guide's JSON has loaded, so on navigation inside the site the anchor does not exist yet
 * and the page is too short for the saved position: VitePress scrolls to the top, and a
 * search result naming an item of a long guide would open at its start. Called by the guide,
 * this does the same scroll again once the guide has rendered, the way VitePress does it
 * (below the fixed navigation bar, by its public `getScrollOffset`). On a fresh load the
 * guide is already in the page's HTML, so the second scroll lands where the first did.
 */
import { onMounted } from 'vue'
import { getScrollOffset } from 'vitepress'

function targetOf(hash: string): HTMLElement | null {
  try {
    return hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null
  } catch {
    return null // a malformed escape in the address: nothing to land on
  }
}

export function useHashLanding(): void {
  onMounted(() => {
    // VitePress keeps the position a reader left a page at in that history entry's state.
    const saved = (history.state as { scrollPosition?: unknown } | null)?.scrollPosition
    const target = targetOf(location.hash)
    if (typeof saved !== 'number' && !target) return
    // After VitePress's own scroll, which runs in the same tick as this mount or the one before.
    requestAnimationFrame(() => {
      if (typeof saved === 'number' && saved > 0) window.scrollTo(0, saved)
      else if (target) {
        const padding = parseInt(getComputedStyle(target).paddingTop, 10) || 0
        window.scrollTo(
          0,
          window.scrollY + target.getBoundingClientRect().top - getScrollOffset() + padding,
        )
      }
    })
  })
}
