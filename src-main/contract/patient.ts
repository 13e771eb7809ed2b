import { eventIterator } from '@orpc/contract'
import { z } from 'zod'
import { diagnosisSchema, localizedSchema } from '../cases/case-schema'
import { base } from './base'

const sessionId = z.string().uuid()

export const messageSchema = z.object({
  id: z.number().int(),
  role: z.enum(['student', 'patient']),
  text: z.string(),
  createdAt: z.string(),
  status: z.enum(['complete', 'interrupted']),
  latencyMs: z.number().nullable(),
  engine: z.string().nullable(),
  model: z.string().nullable(),
  adapter: z.string().nullable(),
  outputTokens: z.number().nullable(),
  factIds: z.array(z.string())
})
export type PracticeMessage = z.infer<typeof messageSchema>

export const orderSchema = z.object({
  id: z.number().int(),
  text: z.string(),
  resolution: z.enum(['matched', 'default', 'unavailable', 'vague', 'unrecognised']),
  kind: z.enum(['exam', 'test']).nullable(),
  itemId: z.string().nullable(),
  name: localizedSchema.nullable(),
  result: localizedSchema.nullable(),
  costCny: z.number(),
  turnaroundMinutes: z.number(),
  createdAt: z.string()
})
export type PracticeOrder = z.infer<typeof orderSchema>

export const sessionViewSchema = z.object({
  session: z.object({
    id: z.string(),
    profileId: z.string().nullable(),
    packId: z.string(),
    caseId: z.string(),
    language: z.enum(['zh', 'en']),
    responder: z.string(),
    status: z.enum(['active', 'submitted']),
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    finalDiagnosis: z.string().nullable(),
    differential: z.array(z.string()).nullable()
  }),
  presentation: z.object({
    title: localizedSchema,
    setting: localizedSchema.nullable(),
    patient: z.object({ name: localizedSchema.optional(), age: z.number().optional(), ageText: localizedSchema.optional(), sex: z.enum(['female', 'male', 'unknown']), occupation: localizedSchema.optional() })
  }),
  messages: z.array(messageSchema),
  orders: z.array(orderSchema),
  costCny: z.number(),
  revealedFactIds: z.array(z.string()),
  /** Only after submission. */
  outcome: z
    .object({
      diagnosis: diagnosisSchema,
      differentials: z.array(diagnosisSchema),
      redFlags: z.array(z.object({ id: z.string(), text: localizedSchema, factIds: z.array(z.string()) })),
      teachingNotes: localizedSchema.nullable(),
      diagnosisCorrect: z.boolean()
    })
    .nullable()
})
export type SessionView = z.infer<typeof sessionViewSchema>

export const askPartSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('typing') }),
  z.object({ type: z.literal('text-delta'), text: z.string() }),
  z.object({ type: z.literal('done'), message: messageSchema }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string() })
])
export type AskPartWire = z.infer<typeof askPartSchema>

export const patientContract = {
  start: base
    .meta({ audit: true })
    .input(z.object({ packId: z.string().min(1), caseId: z.string().min(1), language: z.enum(['zh', 'en']), profileId: z.string().min(1).optional() }))
    .output(z.object({ sessionId: z.string() })),
  ask: base.meta({ audit: true }).input(z.object({ sessionId, text: z.string().trim().min(1).max(2000) })).output(eventIterator(askPartSchema)),
  order: base.meta({ audit: true }).input(z.object({ sessionId, text: z.string().trim().min(1).max(500) })).output(z.array(orderSchema)),
  submit: base
    .meta({ audit: true })
    .input(z.object({ sessionId, diagnosis: z.string().trim().min(1).max(200), differential: z.array(z.string().trim().min(1).max(200)).max(10) }))
    .output(sessionViewSchema),
  session: base.input(z.object({ sessionId })).output(sessionViewSchema)
}
