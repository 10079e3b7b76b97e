/**
 * A URL slug from a service name: accents folded, "+" and "&" spelled out, everything else
 * that is not a-z or 0-9 collapsed to "-". Empty for names in non-Latin scripts.
 *
 * @example slugify('Pokémon GO') // 'pokemon-go'
 * @example slugify('Nike+') // 'nike-plus'
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** `base`, or `base-2`, `base-3`, … — the first one not in `taken`. */
export function uniqueSlug(base: string, taken: { has(id: string): boolean }): string {
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}
