import { eventIterator } from '@orpc/contract'
import { z } from 'zod'
import { base } from './base'

const memoryKinds = ['allergy', 'medication', 'condition', 'age', 'sex'] as const

export const memoryEntrySchema = z.object({ id: z.string(), kind: z.enum(memoryKinds), value: z.string(), source: z.enum(['extracted', 'user']), updatedAt: z.string() })

export const passageSchema = z.object({ n: z.number(), chunkId: z.string(), documentName: z.string(), title: z.string(), heading: z.string(), page: z.number().nullable(), text: z.string() })
export type PassageView = z.infer<typeof passageSchema>

const redFlagSchema = z.object({ id: z.string(), label: z.object({ zh: z.string(), en: z.string() }) })
const routingSchema = z.object({
  intents: z.array(z.enum(['chat', 'medical', 'out-of-scope'])),
  parts: z.array(z.object({ text: z.string(), intent: z.enum(['chat', 'medical', 'out-of-scope']), by: z.enum(['lexicon', 'model', 'default']) }))
})
const checkSchema = z.object({
  sentences: z.array(z.object({ text: z.string(), citations: z.array(z.number()), support: z.number().nullable(), verdict: z.enum(['supported', 'unsupported', 'uncited']) })),
  text: z.string(),
  used: z.array(z.number()),
  supported: z.number(),
  removed: z.number()
})
const critiqueSchema = z.object({
  pass: z.boolean(),
  issues: z.array(z.object({ kind: z.enum(['safety', 'contraindication', 'allergy', 'missed-red-flag', 'overconfident', 'unsupported']), detail: z.string() })),
  by: z.enum(['model', 'rules'])
})
const stepSchema = z.object({ stage: z.enum(['draft', 'refine']), text: z.string(), check: checkSchema, critique: critiqueSchema.nullable() })
export type TraceStepView = z.infer<typeof stepSchema>

export const traceSchema = z.object({
  redFlags: z.array(redFlagSchema),
  routing: routingSchema,
  queries: z.array(z.string()),
  retrieval: z.enum(['hybrid', 'fts', 'vector']).nullable(),
  retrievalNote: z.enum(['no-embedder', 'embedder-failed', 'embedder-mismatch']).nullable(),
  steps: z.array(stepSchema),
  notes: z.array(z.string())
})
export type TraceView = z.infer<typeof traceSchema>

export const answerModes = ['answer', 'evidence-only', 'not-covered', 'declined', 'chat'] as const

export const assistantMessageSchema = z.object({
  id: z.number(),
  role: z.enum(['user', 'assistant']),
  text: z.string(),
  status: z.enum(['complete', 'interrupted', 'failed']),
  mode: z.enum(answerModes).nullable(),
  citations: z.array(passageSchema).nullable(),
  trace: traceSchema.nullable(),
  tokens: z.number().nullable(),
  createdAt: z.string()
})
export type AssistantMessageView = z.infer<typeof assistantMessageSchema>

export const conversationSchema = z.object({
  id: z.string(),
  title: z.string(),
  collections: z.array(z.string()),
  summary: z.string(),
  summarizedThrough: z.number(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type ConversationView = z.infer<typeof conversationSchema>

export const assistantEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user'), message: assistantMessageSchema }),
  z.object({ type: z.literal('escalation'), flags: z.array(redFlagSchema), text: z.string() }),
  z.object({ type: z.literal('route'), routing: routingSchema }),
  z.object({ type: z.literal('queries'), queries: z.array(z.string()) }),
  z.object({ type: z.literal('passages'), passages: z.array(passageSchema), mode: z.enum(['hybrid', 'fts', 'vector']), note: z.enum(['no-embedder', 'embedder-failed', 'embedder-mismatch']).nullable() }),
  z.object({ type: z.literal('delta'), stage: z.enum(['draft', 'refine']), round: z.number(), text: z.string() }),
  z.object({ type: z.literal('step'), step: stepSchema, round: z.number() }),
  z.object({ type: z.literal('done'), message: assistantMessageSchema }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string(), saved: assistantMessageSchema.nullable() })
])
export type AssistantEvent = z.infer<typeof assistantEventSchema>

const id = z.object({ id: z.string().min(1) })

export const assistantContract = {
  conversations: base.output(z.array(conversationSchema)),
  create: base.meta({ audit: true }).input(z.object({ title: z.string().trim().max(80).optional(), collections: z.array(z.string()).optional() })).output(conversationSchema),
  get: base.input(id).output(z.object({ conversation: conversationSchema, messages: z.array(assistantMessageSchema), memory: z.array(memoryEntrySchema) })),
  remove: base.meta({ audit: true }).input(id).output(z.object({ removed: z.boolean() })),
  setCollections: base.input(z.object({ id: z.string().min(1), collections: z.array(z.string()) })).output(conversationSchema),
  /** One answer, streamed: each pipeline step as it finishes, then the saved message. */
  ask: base.input(z.object({ conversationId: z.string().min(1), text: z.string().trim().min(1).max(4000) })).output(eventIterator(assistantEventSchema)),
  memory: {
    add: base.input(z.object({ conversationId: z.string().min(1), kind: z.enum(memoryKinds), value: z.string().trim().min(1).max(60) })).output(z.array(memoryEntrySchema)),
    update: base.input(z.object({ conversationId: z.string().min(1), id: z.string().min(1), kind: z.enum(memoryKinds), value: z.string().trim().min(1).max(60) })).output(z.array(memoryEntrySchema)),
    remove: base.input(z.object({ conversationId: z.string().min(1), id: z.string().min(1) })).output(z.array(memoryEntrySchema))
  }
}
