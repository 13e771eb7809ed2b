import { z } from 'zod'
import type { MemoryEntry } from './entity-memory'

/**
 * The critique: the `critic` role as a medical auditor returns structured
 * findings. A few findings need no model and are added by rule: a drug the
 * person is allergic to (or one of its class) named in the answer.
 */
export const critiqueKinds = ['safety', 'contraindication', 'allergy', 'missed-red-flag', 'overconfident', 'unsupported'] as const

export const critiqueSchema = z.object({
  pass: z.boolean(),
  issues: z.array(z.object({ kind: z.enum(critiqueKinds), detail: z.string().min(1).max(300) })).max(6)
})
export type Critique = z.output<typeof critiqueSchema> & { by: 'model' | 'rules' }

/** Allergy words and the drugs they rule out, both languages. */
const allergyClasses: { allergy: RegExp; drugs: RegExp }[] = [
  { allergy: /penicillin|青霉素/i, drugs: /penicillin|amoxicillin|ampicillin|piperacillin|flucloxacillin|co-amoxiclav|青霉素|阿莫西林|氨苄西林|哌拉西林/i },
  { allergy: /sulfa|sulphonamide|sulfonamide|磺胺/i, drugs: /sulfamethoxazole|co-trimoxazole|trimethoprim-sulfamethoxazole|磺胺/i },
  { allergy: /nsaid|aspirin|ibuprofen|阿司匹林|布洛芬|非甾体/i, drugs: /aspirin|ibuprofen|naproxen|diclofenac|nsaid|阿司匹林|布洛芬|萘普生|双氯芬酸|非甾体/i },
  { allergy: /contrast|iodine|造影剂|碘/i, drugs: /contrast|ct angiograph|造影/i },
  { allergy: /cephalosporin|头孢/i, drugs: /cef|ceftriaxone|头孢/i }
]

export function ruleFindings(answer: string, memory: readonly MemoryEntry[], language: 'zh' | 'en'): Critique['issues'] {
  const issues: Critique['issues'] = []
  for (const entry of memory.filter((item) => item.kind === 'allergy')) {
    const drugs = allergyClasses.find((entryClass) => entryClass.allergy.test(entry.value))?.drugs ?? new RegExp(escape(entry.value), 'i')
    const named = drugs.exec(answer)?.[0]
    if (named)
      issues.push({
        kind: 'allergy',
        detail: language === 'zh' ? `回答提到「${named}」，但此人对「${entry.value}」过敏。` : `The answer names "${named}" but the person is allergic to "${entry.value}".`
      })
  }
  return issues
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
