import { describe, expect, it } from 'vitest'
import { ReportInputSchema } from './schema'

const base = { id: '0b6a3f1e-7f4e-4c57-9a51-6f2f1c1a9d10', target: 'general', kind: 'outdated' }

describe('report input', () => {
  it('refuses a message holding a lone UTF-16 surrogate, naming the field', () => {
    for (const message of ['before \uD83D after', '\uDE00', 'end \uD83D']) {
      const result = ReportInputSchema.safeParse({ ...base, message })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]).toMatchObject({ path: ['message'], message: expect.stringMatching(/lone UTF-16 surrogate/) })
    }
  })

  it('accepts paired surrogates (emoji) and plain text', () => {
    expect(ReportInputSchema.safeParse({ ...base, message: '菜单改了 😀' }).success).toBe(true)
  })
})
