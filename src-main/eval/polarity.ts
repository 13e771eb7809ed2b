export type Polarity = 'affirm' | 'deny'

/**
 * Whether an answer affirms or denies, judged from how it opens: the first
 * clause carries the yes/no of a spoken answer ("没有，…", "No, …", "有点…").
 */
export function polarity(answer: string): Polarity {
  const opening = answer.trim().split(/[，,。.!！?？；;]/u)[0] ?? ''
  return /^(?:没|不|无|否|从没|从来没|也没|并没|未)|^(?:no|not|never|nope|none|i (?:haven't|have not|don't|do not|didn't|did not|am not|'m not))\b/i.test(opening.trim()) ? 'deny' : 'affirm'
}
