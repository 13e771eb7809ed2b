/**
 * Turns a record's third-person (or role-play second-person) statement into
 * what the patient would say. Heuristic on purpose: with a model configured,
 * the patient role rephrases in the persona's voice anyway.
 */
export function firstPersonZh(text: string): string {
  let line = text
    .replace(/^(?:患者|病人|该患者?|患儿)(?:自述|诉|述|自觉)?/u, '我')
    .replace(/(?:患者|病人)/gu, '我')
    .replace(/^否认/u, '没有')
    .replace(/^无/u, '没有')
    .replace(/([，,；;])否认/gu, '$1没有')
    .replace(/([，,；;])无/gu, '$1没有')
  if (!/[。！？!?]$/u.test(line)) line += '。'
  return line
}

const thirdPersonVerbs: Record<string, string> = {
  reports: 'have had',
  notes: 'notice',
  describes: 'would describe',
  states: 'say',
  denies: "haven't had",
  has: 'have',
  is: 'am',
  was: 'was',
  complains: 'complain',
  experiences: 'experience',
  mentions: 'mention',
  admits: 'admit',
  takes: 'take',
  drinks: 'drink',
  smokes: 'smoke',
  works: 'work',
  lives: 'live',
  uses: 'use',
  feels: 'feel',
  presents: 'came in',
  endorses: 'have',
  recalls: 'remember',
  started: 'started',
  began: 'began'
}

export function firstPersonEn(text: string): string {
  let line = text
    .replace(/^for your role as a patient,?\s*/i, '')
    .replace(/\byou are\b/gi, 'I am')
    .replace(/\byou've\b/gi, "I've")
    .replace(/\byou're\b/gi, "I'm")
    .replace(/\byou have\b/gi, 'I have')
    .replace(/\byou were\b/gi, 'I was')
    .replace(/\byourself\b/gi, 'myself')
    .replace(/\byour\b/gi, 'my')
    .replace(/\byou\b/gi, 'I')
    .replace(/\b(?:the patient|the client|he|she)\b(?=\s)/gi, 'I')
    .replace(/\b(?:the patient's|his|her)\b/gi, 'my')
  line = line.replace(/\bI (\w+)\b/g, (whole, verb: string) => {
    const replacement = thirdPersonVerbs[verb.toLowerCase()]
    return replacement ? `I ${replacement}` : whole
  })
  line = line.replace(/\bI have had a (\d+[- ]\w+) history of\b/gi, 'I have had $1 of').replace(/\bI haven't had (any )?/g, "I haven't had ")
  return line.charAt(0).toUpperCase() + line.slice(1)
}
