/**
 * Red flags that come before anything else the assistant says: the message
 * to seek urgent care is shown first whatever the rest of the answer is, and
 * it does not wait for a model (a lexicon, so it also works with none).
 * Each flag needs all of its groups to match (chest pain AND sweating).
 */
export interface RedFlag {
  id: string
  label: { zh: string; en: string }
}

interface Rule extends RedFlag {
  all: RegExp[]
}

const rules: Rule[] = [
  { id: 'chest-pain-sweating', label: { zh: '胸痛伴出汗', en: 'chest pain with sweating' }, all: [/胸痛|胸口(?:疼|痛|闷)|心口(?:疼|痛)|胸闷|胸前区|chest (?:pain|tightness|pressure)|pain in (?:my|the|his|her) chest/i, /出汗|大汗|冷汗|sweat/i] },
  { id: 'stroke-signs', label: { zh: '卒中征象', en: 'signs of a stroke' }, all: [/口角歪斜|嘴(?:巴)?歪|一侧(?:肢体|手|脚|身体)?(?:无力|麻木)|半身(?:不遂|无力|麻木)|说话不清|言语不清|口齿不清|face (?:droop|drooping)|facial droop|(?:arm|leg|one side)[^.?!]{0,20}(?:weak|numb)|slurred speech|(?:can(?:no|')t|unable to) speak/i] },
  { id: 'suicidal-intent', label: { zh: '自杀意念', en: 'thoughts of suicide' }, all: [/自杀|轻生|不想活|活不下去|结束(?:自己的)?生命|想死|suicid|kill (?:my|him|her)self|end (?:my|his|her) life|don'?t want to live/i] },
  { id: 'thunderclap-headache', label: { zh: '突发剧烈头痛', en: 'sudden severe headache' }, all: [/(?:突发|突然)[^。？！]{0,8}(?:剧烈|最严重)?头痛|雷击样头痛|一生中最(?:严重|厉害)的头痛|thunderclap|worst headache|sudden (?:severe )?headache/i] },
  { id: 'gi-bleeding', label: { zh: '消化道出血', en: 'bleeding from the gut' }, all: [/呕血|吐血|黑便|柏油样便|便血|vomit(?:ing|ed)? blood|black (?:tarry )?stools?|blood in (?:the |my )?stool/i] },
  { id: 'anaphylaxis', label: { zh: '严重过敏反应', en: 'a severe allergic reaction' }, all: [/过敏|allerg|anaphyla/i, /喉(?:头)?(?:水肿|发紧)|呼吸困难|喘不上气|嘴唇肿|throat (?:swelling|tight)|can'?t breathe|difficulty breathing|swollen (?:lips|tongue)/i] },
  { id: 'severe-breathlessness', label: { zh: '严重呼吸困难', en: 'severe breathlessness' }, all: [/说不出(?:完整的)?话|喘不上气|憋得不行|嘴唇发紫|口唇发绀|can'?t (?:finish|complete) (?:a )?sentences?|lips (?:are )?(?:blue|turning blue)|gasping/i] },
  { id: 'pregnancy-pain-bleeding', label: { zh: '妊娠期腹痛伴出血', en: 'pain and bleeding in pregnancy' }, all: [/怀孕|妊娠|停经|pregnan|missed (?:a |my )?period/i, /腹痛|肚子(?:疼|痛)|abdominal pain|tummy pain|belly pain|pelvic pain/i, /出血|流血|见红|bleed|spotting/i] }
]

export function detectRedFlags(text: string): RedFlag[] {
  return rules.filter((rule) => rule.all.every((pattern) => pattern.test(text))).map(({ id, label }) => ({ id, label }))
}

/** The urgent-care message that opens the answer. */
export function urgentMessage(flags: readonly RedFlag[], language: 'zh' | 'en'): string {
  const suicide = flags.some((flag) => flag.id === 'suicidal-intent')
  if (language === 'zh') {
    const names = flags.map((flag) => flag.label.zh).join('、')
    return (
      `⚠️ 紧急提示：描述中出现${names}，可能危及生命。请立即拨打 120 或尽快前往最近的急诊，不要等待线上回复。` +
      (suicide ? '如果您或身边的人有伤害自己的想法，请立刻联系身边可信任的人，并拨打 120 或心理援助热线（如 12356）。' : '')
    )
  }
  const names = flags.map((flag) => flag.label.en).join(', ')
  return (
    `⚠️ Urgent: the description includes ${names}, which can be life-threatening. Call your local emergency number or go to the nearest emergency department now; do not wait for an online answer.` +
    (suicide ? ' If you or someone near you may act on thoughts of self-harm, stay with them and contact emergency services or a crisis line now.' : '')
  )
}
