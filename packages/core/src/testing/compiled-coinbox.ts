// The invented Coinbox guide as the catalog compiles it: with its glossary, for present tests.
import type { CompiledGuide } from '../schema/compiled'
import { coinbox } from './coinbox'

export const compiledCoinbox: CompiledGuide = {
  ...coinbox,
  difficulty: { score: 5, level: 'medium', factors: { blockers: 0, verification: 0, waiting: 0, customerService: 0, revocability: 0 } },
  glossary: { verificationMethods: [], dataCategories: [], laws: [], complaintChannels: [], sources: [] },
  hash: 'test',
}
