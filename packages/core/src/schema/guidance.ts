import * as z from 'zod'
import { ConditionSchema } from './condition'
import { DurationSchema } from './duration'
import { ClientSchema, IdSchema, LocalizedSchema } from './localized'
import { CitesSchema } from './source'

const titled = { id: IdSchema, title: LocalizedSchema, sources: CitesSchema }

export const BackupSchema = z.strictObject({
  ...titled,
  steps: z.array(LocalizedSchema).min(1),
  clients: z.array(ClientSchema).min(1).optional(),
})
export type Backup = z.infer<typeof BackupSchema>

/** A gentler option than deletion (freeze, idle, forwarding). */
export const AlternativeSchema = z.strictObject({ ...titled, description: LocalizedSchema })
export type Alternative = z.infer<typeof AlternativeSchema>

/** Symptom → cause → fix, with the share of failures a source gives. */
export const TroubleshootingSchema = z.strictObject({
  id: IdSchema,
  symptom: LocalizedSchema,
  cause: LocalizedSchema,
  fix: z.array(LocalizedSchema).min(1),
  requirement: IdSchema.optional().meta({ description: 'The requirement this failure comes from.' }),
  share: z.number().min(0).max(1).optional(),
  sources: CitesSchema,
})
export type Troubleshooting = z.infer<typeof TroubleshootingSchema>

/** Accounts with their own deletion channel (service accounts, WeCom, …). */
export const SpecialAccountSchema = z.strictObject({
  ...titled,
  prerequisite: LocalizedSchema,
  channel: LocalizedSchema,
  when: ConditionSchema.optional().meta({
    description: 'Holds when the reader manages such an account: the check then shows its channel.',
  }),
})
export type SpecialAccount = z.infer<typeof SpecialAccountSchema>

/** What else changes: groups, third-party logins, other devices. */
export const ConsequenceSchema = z.strictObject({
  ...titled,
  topic: z.enum(['groups', 'third-party-login', 'devices', 'phone-number', 'contacts', 'other']),
  detail: LocalizedSchema,
  advice: LocalizedSchema.optional(),
  when: ConditionSchema.optional(),
})
export type Consequence = z.infer<typeof ConsequenceSchema>

/** Legal basis, the platform's own processing promise, and where to complain. */
export const LegalSchema = z.strictObject({
  basis: z.array(IdSchema).default([]).meta({ description: 'Shared law ids.' }),
  commitment: z
    .strictObject({ duration: DurationSchema, text: LocalizedSchema, sources: CitesSchema })
    .optional(),
  complaint: z.array(IdSchema).default([]).meta({ description: 'Shared complaint channel ids.' }),
  notes: z.array(LocalizedSchema).default([]),
  sources: CitesSchema,
})
export type Legal = z.infer<typeof LegalSchema>
