import * as z from 'zod'
import { ConditionSchema } from './condition'
import { ClientSchema, IdSchema, LocalizedSchema } from './localized'
import { CitesSchema } from './source'

/** Where the deletion entry is on one client, as the labels the reader taps. */
export const ClientEntrySchema = z.strictObject({
  client: ClientSchema,
  menuPath: z.array(LocalizedSchema).min(1).meta({ description: '我 › 设置 › 账号与安全 › …' }),
  url: z.url().optional(),
  note: LocalizedSchema.optional(),
  sources: CitesSchema,
})
export type ClientEntry = z.infer<typeof ClientEntrySchema>

/** One step of the platform's own deletion flow; `clients` narrows it to some clients. */
export const StepSchema = z.strictObject({
  id: IdSchema,
  text: LocalizedSchema,
  detail: LocalizedSchema.optional(),
  clients: z.array(ClientSchema).min(1).optional(),
  verification: z.array(IdSchema).optional().meta({ description: 'Verification method ids used here.' }),
  sources: CitesSchema,
})
export type Step = z.infer<typeof StepSchema>

/** An identity check the platform asks for; `method` refers to the shared vocabulary. */
export const VerificationSchema = z.strictObject({
  method: IdSchema,
  clients: z.array(ClientSchema).min(1).optional(),
  required: z.boolean().default(true),
  group: IdSchema.optional().meta({
    description: 'Verifications sharing a group are alternatives: the platform asks for one of them.',
  }),
  note: LocalizedSchema.optional(),
  unavailableWhen: ConditionSchema.optional().meta({
    description: 'Holds when the reader cannot use this method (e.g. the bound phone is lost): the check then offers the other methods of its group.',
  }),
  sources: CitesSchema,
})
export type Verification = z.infer<typeof VerificationSchema>
