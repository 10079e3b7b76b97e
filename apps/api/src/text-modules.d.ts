/** Bundled as text by wrangler's `Text` module rule (wrangler.toml) and read from disk on Node. */
declare module '@scalar/api-reference/browser/standalone.js' {
  const source: string
  export default source
}
