import type { ChecklistSection, ProcessDetector } from '../cases/checklist-schema'
import type { FactCategory, Localized } from '../cases/case-schema'

export interface SectionTemplate {
  id: ChecklistSection
  label: Required<Localized>
  /** Fact categories whose facts become this section's content items. */
  categories: FactCategory[]
  /** Relative weight of the section inside the history part of the score. */
  weight: number
  /** A question that would have covered the section, shown next to what was missed. */
  question: Required<Localized>
}

/**
 * The 病史采集 form the generated checklists follow (诊断学: 主诉 → 现病史 →
 * 既往史 → 个人史 → 家族史), with the weights a typical OSCE history station
 * gives each part. The patient's ideas, concerns and expectations are scored
 * as a process item, not as content.
 */
export const historySections: SectionTemplate[] = [
  {
    id: 'chief-complaint',
    label: { zh: '主要症状及时间', en: 'Main symptom and timing' },
    categories: ['chief-complaint', 'hpi-onset', 'hpi-site', 'hpi-character', 'hpi-radiation', 'hpi-timing', 'hpi-severity'],
    weight: 25,
    question: { zh: '这次主要是哪里不舒服？什么时候开始的？具体是什么样的感觉？', en: 'What brings you in, when did it start, and what is it like?' }
  },
  {
    id: 'associated',
    label: { zh: '伴随症状及诱因', en: 'Associated symptoms and triggers' },
    categories: ['hpi-associated', 'hpi-modifying', 'review-of-systems'],
    weight: 18,
    question: { zh: '还有其他不舒服吗？有没有什么诱因，什么情况下会加重或减轻？', en: 'Any other symptoms? What brought it on, and what makes it better or worse?' }
  },
  {
    id: 'course',
    label: { zh: '诊疗经过及一般状况', en: 'Course, care so far and general state' },
    categories: ['hpi-course', 'hpi-prior-care', 'hpi-general'],
    weight: 12,
    question: { zh: '之前看过医生、做过检查或用过药吗？发病以来精神、饮食、睡眠、大小便、体重怎么样？', en: 'Have you seen anyone or taken anything for it? How are your appetite, sleep, bowels and weight?' }
  },
  {
    id: 'past',
    label: { zh: '既往史', en: 'Past history' },
    categories: ['past-history', 'surgery'],
    weight: 14,
    question: { zh: '以前得过什么病吗？比如高血压、糖尿病？做过手术、受过外伤吗？', en: 'Any illnesses in the past, such as high blood pressure or diabetes? Any operations or injuries?' }
  },
  {
    id: 'medication-allergy',
    label: { zh: '用药与过敏', en: 'Medicines and allergies' },
    categories: ['medication', 'allergy'],
    weight: 12,
    question: { zh: '平时在吃什么药？对什么药物或食物过敏吗？', en: 'What medicines do you take? Are you allergic to any medicine or food?' }
  },
  {
    id: 'personal',
    label: { zh: '个人史', en: 'Personal and social history' },
    categories: ['social', 'menstrual-reproductive'],
    weight: 11,
    question: { zh: '抽烟喝酒吗？做什么工作？（女性：月经和生育情况怎么样？）', en: 'Do you smoke or drink? What work do you do? (Women: periods and pregnancies?)' }
  },
  {
    id: 'family',
    label: { zh: '家族史', en: 'Family history' },
    categories: ['family'],
    weight: 8,
    question: { zh: '家里人有类似的病或者遗传病吗？', en: 'Does anything like this, or any illness, run in your family?' }
  }
]

export interface ProcessTemplate {
  id: string
  section: ChecklistSection
  label: Required<Localized>
  /** Null: no reliable phrase exists, only the critique judges it. */
  detector: ProcessDetector | null
  question: Required<Localized>
}

/** Calgary-Cambridge / SEGUE steps every consultation should show. */
export const processItems: ProcessTemplate[] = [
  { id: 'process.introduce', section: 'introduction', label: { zh: '自我介绍', en: 'Introduced themselves' }, detector: 'introduce', question: { zh: '您好，我是今天接诊您的××医生。', en: "Hello, I'm Dr ×××, the doctor seeing you today." } },
  { id: 'process.confirm-identity', section: 'introduction', label: { zh: '核对患者身份', en: "Confirmed the patient's identity" }, detector: 'confirm-identity', question: { zh: '请问您叫什么名字？今年多大年纪？', en: 'Could you tell me your full name and age?' } },
  { id: 'process.open-question', section: 'communication', label: { zh: '以开放式问题开始', en: 'Opened with an open question' }, detector: 'open-question', question: { zh: '您今天来主要是哪里不舒服？', en: 'What brings you in today?' } },
  { id: 'process.ice', section: 'communication', label: { zh: '了解患者的想法、担忧与期望', en: 'Asked about ideas, concerns and expectations' }, detector: 'ideas-concerns-expectations', question: { zh: '您自己觉得是什么原因？最担心的是什么？希望我们帮您做些什么？', en: 'What do you think is causing it, what worries you most, and what are you hoping we can do?' } },
  { id: 'process.summarise', section: 'communication', label: { zh: '总结并与患者核实', en: 'Summarised and checked with the patient' }, detector: 'summarise', question: { zh: '我来总结一下您刚才说的，您看对不对……', en: "Let me summarise what you've told me, and you tell me if I've got it right…" } },
  { id: 'process.anything-else', section: 'communication', label: { zh: '询问是否还有补充', en: 'Checked for anything else' }, detector: 'anything-else', question: { zh: '还有什么想补充的吗？', en: 'Is there anything else you would like to tell me?' } },
  { id: 'process.next-steps', section: 'communication', label: { zh: '说明下一步安排', en: 'Explained the next steps' }, detector: 'next-steps', question: { zh: '接下来我们先给您做个检查，再根据结果决定治疗。', en: "Next, I'd like to examine you and run a few tests, then we'll decide on treatment." } },
  { id: 'process.empathy', section: 'communication', label: { zh: '表达共情与安慰', en: 'Showed empathy' }, detector: null, question: { zh: '这几天一定很难受吧，我们会尽力帮您。', en: "That sounds really hard; we'll do our best to help." } }
]

export const sectionLabels: Record<ChecklistSection, Required<Localized>> = {
  introduction: { zh: '自我介绍', en: 'Introduction' },
  ...Object.fromEntries(historySections.map((section) => [section.id, section.label])),
  communication: { zh: '交流技巧', en: 'Communication' }
} as Record<ChecklistSection, Required<Localized>>

/** The section a fact category belongs to; null for the patient's ideas, concerns and expectations. */
export function sectionOf(category: FactCategory): SectionTemplate | null {
  return historySections.find((section) => section.categories.includes(category)) ?? null
}
