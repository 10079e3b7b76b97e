/**
 * Folds text for matching: compatibility forms (full-width ｗｅｃｈａｔ), accents (Pokémon),
 * case, and everything that is not a letter or digit (spaces, dots, "+", "/") are ignored,
 * so "Mi Account", "mi-account" and "ＭＩ ＡＣＣＯＵＮＴ" compare equal. Chinese text is kept
 * as is: substring search over 微信 needs no pinyin.
 *
 * @example normalizeSearchText('Pokémon GO') // 'pokemongo'
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}
