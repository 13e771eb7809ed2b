import { z } from 'zod'
import { splitSentences } from '../knowledge/chunker'

/**
 * Intent routing: chat, a medical question, or something out of scope — per
 * part of the message, since one message can hold several ("thanks! and is
 * ibuprofen safe with asthma?"). A lexicon decides what it can; the parts it
 * is unsure of go to the `extractor` role with a JSON schema, and without
 * one they count as medical (retrieval is the safe default).
 */
export const intents = ['chat', 'medical', 'out-of-scope'] as const
export type Intent = (typeof intents)[number]

export interface RoutedPart {
  text: string
  intent: Intent
  by: 'lexicon' | 'model' | 'default'
}

export interface Routing {
  intents: Intent[]
  parts: RoutedPart[]
}

const medical =
  /痛|疼|症|病|药|炎|血|热|烧|咳|喘|吐|泻|晕|肿|痒|检查|化验|诊断|治疗|手术|剂量|副作用|过敏|怀孕|妊娠|心|肺|肝|肾|胃|糖尿|血压|指南|感染|骨折|伤|癌|瘤|疫苗|抗生素|pain|ache|fever|cough|symptom|disease|diagnos|treat|therap|drug|medic|dose|dosage|side effect|allerg|pregnan|infect|blood|heart|lung|liver|kidney|diabet|pressure|guideline|vaccin|antibiotic|surgery|test|scan|x-ray|ecg|sick|ill|hurt|rash|vomit|diarrh|breath|asthma|stroke|cancer/i
const chat = /^(?:你好|您好|嗨|哈喽|谢谢|多谢|感谢|好的|明白了|再见|早上好|晚上好|辛苦了|hi|hello|hey|thanks?(?: you)?|thank you|ok(?:ay)?|good (?:morning|evening|night)|bye|goodbye|great|got it)[\s!！。.,，~]*$/i
const chatAboutYou = /你是谁|你叫什么|你能做什么|who are you|what can you do/i
const outOfScope =
  /天气|股票|基金|彩票|写(?:一段)?代码|编程|翻译这|旅游|机票|菜谱|做饭|电影|游戏|足球|篮球|明星|政治|选举|weather|stock|bitcoin|crypto|lottery|write (?:some )?code|programming|recipe|movie|football|soccer|basketball|celebrity|election|travel|flight|hotel|poem|song lyrics|write (?:me )?a story|写(?:一)?首诗|作诗|写诗|写(?:一篇)?(?:小说|作文|故事)|歌词/i

const splitter = /(?:另外|还有|以及|顺便(?:问一下|问)?|此外|also|and also|besides|by the way|btw)[，,:：\s]*/i

/** Splits a message into the parts routed on their own. */
export function messageParts(message: string): string[] {
  return splitSentences(message)
    .flatMap((sentence) => sentence.split(splitter))
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
}

export function routeLexically(part: string): Intent | null {
  if (chat.test(part) || (chatAboutYou.test(part) && !medical.test(part))) return 'chat'
  const isMedical = medical.test(part)
  const isOut = outOfScope.test(part)
  if (isMedical && !isOut) return 'medical'
  if (isOut && !isMedical) return 'out-of-scope'
  return null
}

export const routingSchema = z.object({ parts: z.array(z.object({ index: z.number().int().min(0).max(20), intent: z.enum(intents) })).max(20) })

export type RouteWithModel = (parts: readonly string[]) => Promise<z.output<typeof routingSchema> | null>

export async function routeIntents(message: string, askModel: RouteWithModel | null): Promise<Routing> {
  const texts = messageParts(message)
  const parts: RoutedPart[] = texts.map((text) => {
    const intent = routeLexically(text)
    return intent ? { text, intent, by: 'lexicon' } : { text, intent: 'medical', by: 'default' }
  })
  const unsure = parts.map((part, index) => ({ part, index })).filter(({ part }) => part.by === 'default')
  if (unsure.length > 0 && askModel) {
    const answer = await askModel(unsure.map(({ part }) => part.text)).catch(() => null)
    for (const entry of answer?.parts ?? []) {
      const target = unsure[entry.index]
      if (target) parts[target.index] = { text: target.part.text, intent: entry.intent, by: 'model' }
    }
  }
  return { intents: [...new Set(parts.map((part) => part.intent))], parts }
}

export function routingPrompt(parts: readonly string[], language: 'zh' | 'en'): string {
  const list = parts.map((part, index) => `${index}: ${part}`).join('\n')
  return language === 'zh'
    ? `把下面每一部分归类：chat（寒暄、感谢、关于助手本身）、medical（医学或健康问题）、out-of-scope（与医学无关的请求）。只输出 JSON。\n${list}`
    : `Classify each part: chat (greetings, thanks, questions about the assistant), medical (a medical or health question), out-of-scope (anything unrelated to medicine). Output JSON only.\n${list}`
}
