import * as z from 'zod'

/** Languages every shipped text is written in. zh-CN is the default language of the project. */
export const LOCALES = ['zh-CN', 'en'] as const
export const LocaleSchema = z.enum(LOCALES)
export type Locale = z.infer<typeof LocaleSchema>

const text = z.string().trim().min(1, 'must not be empty')

/** A text in every shipped language: `{ zh-CN: 微信, en: WeChat }`. */
export const LocalizedSchema = z
  .strictObject({ 'zh-CN': text, en: text })
  .meta({ description: 'Text in Simplified Chinese (zh-CN) and English (en).' })
export type Localized = z.infer<typeof LocalizedSchema>

/** Stable identifiers used in URLs, answers and references: kebab or snake case ASCII. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'lowercase letters, digits, "-" or "_" (e.g. wallet-balance)')
export const ClientSchema = z
  .enum(['ios', 'android', 'web', 'desktop'])
  .meta({ description: 'Where the reader runs the flow.' })
export type Client = z.infer<typeof ClientSchema>
export const CLIENTS = ClientSchema.options

/** ISO calendar date, e.g. 2026-09-28. */
export const IsoDateSchema = z.iso.date()
