import { z } from 'zod'
import { factCategories, idSchema, localizedSchema } from './schema-parts'

/**
 * The sections of a 病史采集 (history-taking) form, in the order 诊断学
 * teaches them. Every checklist item sits in one; reports group by them and
 * "often skips …" names them.
 */
export const checklistSections = ['introduction', 'chief-complaint', 'associated', 'course', 'past', 'medication-allergy', 'personal', 'family', 'communication'] as const
export type ChecklistSection = (typeof checklistSections)[number]

/**
 * Deterministic detectors for process items (Calgary-Cambridge / SEGUE).
 * An item without a detector is judged only by the LLM critique.
 */
export const processDetectors = ['introduce', 'confirm-identity', 'open-question', 'ideas-concerns-expectations', 'summarise', 'anything-else', 'next-steps'] as const
export type ProcessDetector = (typeof processDetectors)[number]

export const checklistItemSchema = z
  .object({
    id: idSchema,
    section: z.enum(checklistSections),
    label: localizedSchema,
    /** Relative weight inside its part of the score (history or process). */
    weight: z.number().positive().default(1),
    /**
     * content: earned when a question revealed one of `factIds`, an order hit one of
     * `orderIds`, or a question asked about one of `topics` (a fact category);
     * process: earned when `detector` fires or one of `factIds` came out (with neither, judged only by the critique).
     */
    kind: z.enum(['content', 'process']),
    factIds: z.array(z.string()).default([]),
    orderIds: z.array(z.string()).default([]),
    topics: z.array(z.enum(factCategories)).default([]),
    detector: z.enum(processDetectors).optional()
  })
  .strict()
  .superRefine((item, context) => {
    if (item.kind === 'content' && item.factIds.length + item.orderIds.length + item.topics.length === 0) {
      context.addIssue({ code: 'custom', path: ['factIds'], message: 'a content item needs factIds, orderIds or topics to be earned by' })
    }
    if (item.kind === 'content' && item.detector) context.addIssue({ code: 'custom', path: ['detector'], message: 'only process items have a detector' })
  })
export type ChecklistItem = z.output<typeof checklistItemSchema>
