import { z } from 'zod'

/**
 * Entity memory: what the conversation says about the person being
 * discussed — allergies, medications, conditions, age, sex. The `extractor`
 * role fills it in the background (an empty list is the common answer: most
 * messages say nothing new); the user can correct it.
 */
export const memoryKinds = ['allergy', 'medication', 'condition', 'age', 'sex'] as const
export type MemoryKind = (typeof memoryKinds)[number]

export interface MemoryEntry {
  id: string
  kind: MemoryKind
  value: string
  source: 'extracted' | 'user'
  updatedAt: string
}

export const extractionSchema = z.object({
  entities: z.array(z.object({ kind: z.enum(memoryKinds), value: z.string().trim().min(1).max(60) })).max(12)
})
export type Extraction = z.output<typeof extractionSchema>

export function extractionPrompt(message: string, language: 'zh' | 'en'): string {
  return language === 'zh'
    ? '从用户这句话中提取关于被讨论者的信息：过敏（allergy）、正在用的药（medication）、已有疾病（condition）、年龄（age）、性别（sex）。只提取明确说出的内容；没有就返回空列表 {"entities": []}。只输出 JSON。\n' +
        `用户：${message}`
    : 'Extract what this message states about the person being discussed: allergies (allergy), current medicines (medication), known conditions (condition), age (age), sex (sex). Only what is stated; if nothing, return {"entities": []}. Output JSON only.\n' +
        `User: ${message}`
}

/** One line for the prompts: what is known about the person. */
export function describeMemory(memory: readonly MemoryEntry[], language: 'zh' | 'en'): string {
  if (memory.length === 0) return ''
  const names = language === 'zh' ? { allergy: '过敏', medication: '用药', condition: '疾病', age: '年龄', sex: '性别' } : { allergy: 'allergies', medication: 'medicines', condition: 'conditions', age: 'age', sex: 'sex' }
  return memoryKinds
    .map((kind) => ({ kind, values: memory.filter((entry) => entry.kind === kind).map((entry) => entry.value) }))
    .filter((group) => group.values.length > 0)
    .map((group) => `${names[group.kind]}: ${group.values.join(', ')}`)
    .join('; ')
}
