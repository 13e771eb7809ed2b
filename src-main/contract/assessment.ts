import { z } from 'zod'
import { checklistSections } from '../cases/checklist-schema'
import { localizedSchema } from '../cases/case-schema'
import { storedVerdictSchema } from '../assessment/critique'
import { scoreResultSchema } from '../assessment/score-schema'
import { base } from './base'
import { messageSchema, orderSchema, sessionViewSchema } from './patient'

const sessionId = z.string().uuid()

export const critiqueSchema = z.object({
  id: z.number().int(),
  engine: z.string(),
  model: z.string(),
  adapter: z.string().nullable(),
  promptVersion: z.string(),
  latencyMs: z.number().nullable(),
  createdAt: z.string(),
  verdict: storedVerdictSchema
})

export const timelineEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('message'), message: messageSchema, turn: z.number().int().nullable(), revealed: z.array(z.object({ id: z.string(), text: localizedSchema })), earnedItemIds: z.array(z.string()) }),
  z.object({ kind: z.literal('order'), order: orderSchema, turn: z.number().int(), grade: z.enum(['indicated', 'neutral', 'unnecessary', 'harmful', 'ungraded']) })
])
export type TimelineEntryWire = z.infer<typeof timelineEntrySchema>

export const reportSchema = z.object({
  view: sessionViewSchema,
  score: scoreResultSchema,
  /** Every stored score of this session, one per scorer version. */
  scoreHistory: z.array(z.object({ scorerVersion: z.string(), total: z.number(), createdAt: z.string() })),
  critique: critiqueSchema.nullable(),
  judgeAvailable: z.boolean(),
  timeline: z.array(timelineEntrySchema)
})
export type Report = z.infer<typeof reportSchema>

const sessionSummarySchema = z.object({
  sessionId: z.string(),
  packId: z.string(),
  caseId: z.string(),
  caseTitle: localizedSchema,
  language: z.enum(['zh', 'en']),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  total: z.number(),
  scorerVersion: z.string(),
  diagnosisCorrect: z.boolean()
})

export const historySchema = z.object({
  sessions: z.array(sessionSummarySchema),
  average: z.number().nullable(),
  last5Average: z.number().nullable(),
  bestPerCase: z.array(z.object({ packId: z.string(), caseId: z.string(), caseTitle: localizedSchema, best: z.number(), attempts: z.number().int() })),
  omissions: z.array(z.object({ section: z.enum(checklistSections), label: localizedSchema, skipped: z.number().int(), of: z.number().int() }))
})
export type History = z.infer<typeof historySchema>

export const leaderboardSchema = z.array(
  z.object({ rank: z.number().int(), profileId: z.string(), displayName: z.string(), sessions: z.number().int(), cases: z.number().int(), best: z.number(), average: z.number().nullable(), rankScore: z.number() })
)
export type Leaderboard = z.infer<typeof leaderboardSchema>

export const assessmentContract = {
  report: base.input(z.object({ sessionId })).output(reportSchema),
  critique: base.meta({ audit: true }).input(z.object({ sessionId })).output(critiqueSchema),
  history: base.input(z.object({ profileId: z.string().min(1) })).output(historySchema),
  leaderboard: base.input(z.object({ packId: z.string().min(1).optional(), caseId: z.string().min(1).optional() })).output(leaderboardSchema),
  exportCsv: base.meta({ audit: true }).output(z.instanceof(File))
}
