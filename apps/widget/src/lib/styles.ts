import css from '../styles/widget.css?inline'

let shared: CSSStyleSheet | undefined

/**
 * Styles through a constructable stylesheet, which a strict CSP (`style-src 'self'`) allows;
 * one sheet object serves every widget on the page. Browsers without constructable sheets
 * get a `<style>` element carrying the host's nonce.
 */
export function adoptStyles(root: ShadowRoot | Document, nonce: string): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!shared) {
      shared = new CSSStyleSheet()
      shared.replaceSync(css)
    }
    if (!root.adoptedStyleSheets.includes(shared)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared]
    return
  }
  const el = document.createElement('style')
  if (nonce) el.nonce = nonce
  el.textContent = css
  ;(root instanceof Document ? root.head : root).prepend(el)
}
