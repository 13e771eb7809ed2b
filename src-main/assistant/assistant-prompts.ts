import type { ChatMessage } from '../engines/engine-types'
import type { Critique } from './critique'

export type Language = 'zh' | 'en'

export interface Passage {
  n: number
  chunkId: string
  documentName: string
  title: string
  heading: string
  page: number | null
  text: string
}

export function languageOf(text: string): Language {
  return /\p{Script=Han}/u.test(text) ? 'zh' : 'en'
}

/** Title › heading, without the title twice when the heading path starts with it (the document's H1). */
export function passageLabel(passage: Pick<Passage, 'title' | 'heading'>): string {
  if (!passage.heading) return passage.title
  return passage.heading.startsWith(passage.title) ? passage.heading : `${passage.title} › ${passage.heading}`
}

function passageBlock(passages: readonly Passage[]): string {
  return passages.map((passage) => `[${passage.n}] ${passageLabel(passage)}${passage.page ? ` (p. ${passage.page})` : ''}\n${passage.text}`).join('\n\n')
}

export function draftMessages(input: { question: string; passages: readonly Passage[]; memory: string; summary: string; history: readonly ChatMessage[]; language: Language }): ChatMessage[] {
  const zh = input.language === 'zh'
  const system = zh
    ? [
        '你是私有的医学知识助手，只根据用户提供的编号资料回答。',
        '每个陈述事实的句子末尾用方括号注明资料编号，例如 [1] 或 [1, 2]。',
        '资料没有涵盖的内容，直接说明"知识库未涵盖"，不要编造，不要给出资料之外的剂量。',
        '回答简洁，用中文，先给结论再给要点。',
        input.memory ? `关于被讨论者：${input.memory}。回答要考虑这些情况（尤其过敏和正在用的药）。` : '',
        input.summary ? `此前对话摘要：${input.summary}` : ''
      ]
    : [
        'You are a private medical knowledge assistant. Answer only from the numbered passages the user gives.',
        'End every factual sentence with the passage number in brackets, like [1] or [1, 2].',
        'If the passages do not cover something, say the knowledge base does not cover it; do not invent facts or doses.',
        'Be concise, answer in English, conclusion first.',
        input.memory ? `About the person discussed: ${input.memory}. Take this into account (allergies and current medicines above all).` : '',
        input.summary ? `Summary of the conversation so far: ${input.summary}` : ''
      ]
  const user = zh ? `资料：\n${passageBlock(input.passages)}\n\n问题：${input.question}` : `Passages:\n${passageBlock(input.passages)}\n\nQuestion: ${input.question}`
  return [{ role: 'system', content: system.filter(Boolean).join('\n') }, ...input.history, { role: 'user', content: user }]
}

export function critiqueMessages(input: { question: string; answer: string; passages: readonly Passage[]; memory: string; language: Language }): ChatMessage[] {
  const zh = input.language === 'zh'
  const system = zh
    ? '你是医学审核员。检查回答：安全性、禁忌证、与过敏和用药的冲突、遗漏的危险信号、过度自信或没有资料支持的说法。只输出 JSON：{"pass": 是否通过, "issues": [{"kind": 类别, "detail": 说明}]}。'
    : 'You are a medical auditor. Check the answer for safety, contraindications, conflicts with allergies and medicines, missed red flags, and overconfident or unsupported claims. Output JSON only: {"pass": boolean, "issues": [{"kind": ..., "detail": ...}]}.'
  const user = zh
    ? `被讨论者：${input.memory || '未知'}\n问题：${input.question}\n资料：\n${passageBlock(input.passages)}\n\n回答：\n${input.answer}`
    : `Person discussed: ${input.memory || 'unknown'}\nQuestion: ${input.question}\nPassages:\n${passageBlock(input.passages)}\n\nAnswer:\n${input.answer}`
  return [
    { role: 'system', content: system },
    { role: 'user', content: user }
  ]
}

export function refineMessages(input: { draft: readonly ChatMessage[]; answer: string; critique: Critique; removed: readonly string[]; language: Language }): ChatMessage[] {
  const zh = input.language === 'zh'
  const issues = input.critique.issues.map((issue) => `- ${issue.kind}: ${issue.detail}`)
  const removed = input.removed.map((sentence) => `- ${sentence}`)
  const request = zh
    ? `请修改你的回答。审核意见：\n${issues.join('\n') || '- 无'}\n${removed.length ? `以下句子没有资料支持，已删除：\n${removed.join('\n')}\n` : ''}仍然只用资料，并为每个事实句标注编号。`
    : `Revise your answer. Audit findings:\n${issues.join('\n') || '- none'}\n${removed.length ? `These sentences were not supported by their passages and were removed:\n${removed.join('\n')}\n` : ''}Still answer only from the passages, citing every factual sentence.`
  return [...input.draft, { role: 'assistant', content: input.answer }, { role: 'user', content: request }]
}

export function chatReply(language: Language): string {
  return language === 'zh'
    ? '您好！我是本机运行的医学知识助手，可以根据知识库中的资料回答医学问题，并注明出处。'
    : 'Hello! I am a medical knowledge assistant running on this machine. I answer medical questions from the knowledge base, with citations.'
}

export function declineReply(language: Language): string {
  return language === 'zh'
    ? '抱歉，这个问题超出了医学知识助手的范围，我只能回答医学和健康相关的问题。'
    : 'Sorry, that is outside what this medical assistant covers; I can only help with medical and health questions.'
}

export function notCoveredReply(language: Language): string {
  return language === 'zh' ? '知识库中没有找到能支持回答的资料，这个问题知识库未涵盖。' : 'The knowledge base has no passage that supports an answer: it does not cover this question.'
}

/** With no model: the passages themselves, cited and labelled. */
export function evidenceOnlyReply(passages: readonly Passage[], language: Language): string {
  const label = language === 'zh' ? '仅证据——未加载模型。以下是知识库中最相关的段落：' : 'Evidence only — no model loaded. The most relevant passages in the knowledge base:'
  const items = passages.map((passage) => `- ${passageLabel(passage)}: ${passage.text.replace(/\s+/g, ' ').slice(0, 280)}${passage.text.length > 280 ? '…' : ''} [${passage.n}]`)
  return [label, ...items].join('\n')
}
