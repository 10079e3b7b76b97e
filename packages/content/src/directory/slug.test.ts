import { describe, expect, it } from 'vitest'
import { slugify, uniqueSlug } from './slug'

describe('slugify', () => {
  it('folds accents and punctuation into a lowercase slug', () => {
    expect(slugify('Pokémon GO')).toBe('pokemon-go')
    expect(slugify("Crème Brûlée l'Café")).toBe('creme-brulee-l-cafe')
    expect(slugify('/e/')).toBe('e')
  })

  it('spells out "+" and "&" so Nike and Nike+ stay apart', () => {
    expect(slugify('Nike+')).toBe('nike-plus')
    expect(slugify('C&M News')).toBe('c-and-m-news')
  })

  it('is empty for a name without Latin letters or digits', () => {
    expect(slugify('Пример 例子')).toBe('')
  })
})

describe('uniqueSlug', () => {
  it('numbers a slug that is taken', () => {
    expect(uniqueSlug('ebay', new Set(['ebay']))).toBe('ebay-2')
    expect(uniqueSlug('ebay', new Set(['ebay', 'ebay-2']))).toBe('ebay-3')
    expect(uniqueSlug('ebay', new Set())).toBe('ebay')
  })
})
