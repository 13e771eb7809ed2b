import { z } from 'zod'
import { checklistSections } from '../cases/checklist-schema'
import { diagnosisSchema, localizedSchema } from '../cases/case-schema'

export const componentIds = ['history', 'process', 'red-flags', 'diagnosis', 'orders', 'efficiency'] as const
export type ComponentId = (typeof componentIds)[number]

const evidence = {
  /** 1-based student turn; null when never earned. */
  turn: z.number().int().nullable(),
  messageId: z.number().int().nullable(),
  /** The student's own words at that turn. */
  quote: z.string().nullable()
}

export const itemResultSchema = z.object({
  id: z.string(),
  section: z.enum(checklistSections),
  kind: z.enum(['content', 'process']),
  label: localizedSchema,
  weight: z.number(),
  /** critique: no deterministic detector; only the LLM critique judges it. */
  status: z.enum(['earned', 'missed', 'critique']),
  via: z.enum(['fact', 'order', 'topic', 'detector']).nullable(),
  ...evidence,
  /** For a missed item: a question that would have found it. */
  suggestion: localizedSchema.nullable()
})
export type ItemResult = z.infer<typeof itemResultSchema>

export const scoreResultSchema = z.object({
  scorerVersion: z.string(),
  /** 0–100, one decimal. */
  total: z.number(),
  components: z.array(z.object({ id: z.enum(componentIds), points: z.number(), max: z.number(), applicable: z.boolean() })),
  checklist: z.object({ generated: z.boolean(), items: z.array(itemResultSchema) }),
  sections: z.array(z.object({ id: z.enum(checklistSections), label: localizedSchema, earned: z.number(), total: z.number(), items: z.number(), earnedItems: z.number() })),
  redFlags: z.array(z.object({ id: z.string(), text: localizedSchema, status: z.enum(['early', 'late', 'missed', 'critique']), credit: z.number(), ...evidence })),
  diagnosis: z.object({
    submitted: z.boolean(),
    answer: z.string().nullable(),
    differential: z.array(z.string()),
    correct: z.boolean(),
    /** Where the gold diagnosis sits in the student's differential (1-based), when the main answer missed it. */
    rankInDifferential: z.number().int().nullable(),
    goldDifferentials: z.array(z.object({ name: localizedSchema, named: z.boolean() })),
    gold: diagnosisSchema
  }),
  orders: z.object({
    items: z.array(z.object({ orderId: z.number().int(), text: z.string(), name: localizedSchema.nullable(), grade: z.enum(['indicated', 'neutral', 'unnecessary', 'harmful', 'ungraded']), costCny: z.number(), turn: z.number().int() })),
    totalCostCny: z.number(),
    indicatedMissed: z.array(localizedSchema)
  }),
  efficiency: z.object({ questions: z.number().int(), productiveQuestions: z.number().int(), durationMinutes: z.number().nullable() })
})
export type ScoreResult = z.infer<typeof scoreResultSchema>
