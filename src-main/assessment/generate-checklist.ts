import type { Case } from '../cases/case-schema'
import type { ChecklistItem } from '../cases/checklist-schema'
import { historySections, processItems, sectionOf } from './checklist-template'

export interface Checklist {
  /** True when the case has no checklist of its own and this one was built from its facts. */
  generated: boolean
  items: ChecklistItem[]
}

/**
 * The case's own checklist, or one built from its facts and the standard
 * 病史采集 form so that every case, imported ones included, can be scored:
 * each fact becomes an item in its section (the section's weight shared
 * among them), a section the case has no facts for asks only that the topic
 * was raised, and the communication steps come from the process template.
 */
export function checklistFor(source: Case): Checklist {
  if (source.assessment.checklist && source.assessment.checklist.length > 0) return { generated: false, items: source.assessment.checklist }
  const items: ChecklistItem[] = []
  for (const section of historySections) {
    const facts = source.facts.filter((fact) => sectionOf(fact.category)?.id === section.id)
    if (facts.length === 0) {
      items.push({ id: `topic.${section.id}`, section: section.id, kind: 'content', label: { zh: `询问${section.label.zh}`, en: `Asked about: ${section.label.en.toLowerCase()}` }, weight: section.weight, factIds: [], orderIds: [], topics: section.categories })
      continue
    }
    for (const fact of facts) {
      items.push({ id: `fact.${fact.id}`, section: section.id, kind: 'content', label: fact.text, weight: section.weight / facts.length, factIds: [fact.id], orderIds: [], topics: [] })
    }
  }
  // The patient's ideas, concerns and expectations count as asked when the detector fires or one of them came out.
  const iceFacts = source.facts.filter((fact) => fact.category.startsWith('ice-')).map((fact) => fact.id)
  for (const item of processItems) {
    const factIds = item.detector === 'ideas-concerns-expectations' ? iceFacts : []
    items.push({ id: item.id, section: item.section, kind: 'process', label: item.label, weight: 1, factIds, orderIds: [], topics: [], ...(item.detector ? { detector: item.detector } : {}) })
  }
  return { generated: true, items }
}
