import shell from '../styles/shell.css?inline'
import widget from '../styles/widget.css?inline'

/** The loading state's styles, and the rest: parsing the rest waits until that state is painted. */
export const STYLES = { shell, widget } as const

const sheets = new Map<string, CSSStyleSheet>()
const lastStyle = new WeakMap<ShadowRoot | Document, HTMLStyleElement>()

/**
 * Adds `css` after the styles already added to `root`, through a constructable stylesheet, which
 * a strict CSP (`style-src 'self'`) allows; one sheet object serves every widget on the page.
 * Browsers without constructable sheets get a `<style>` element carrying the host's nonce.
 */
export function adoptStyles(root: ShadowRoot | Document, nonce: string, css: string): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    let sheet = sheets.get(css)
    if (!sheet) {
      sheet = new CSSStyleSheet()
      sheet.replaceSync(css)
      sheets.set(css, sheet)
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
    return
  }
  const el = document.createElement('style')
  if (nonce) el.nonce = nonce
  el.textContent = css
  const previous = lastStyle.get(root)
  if (previous) previous.after(el)
  else (root instanceof Document ? root.head : root).prepend(el)
  lastStyle.set(root, el)
}
