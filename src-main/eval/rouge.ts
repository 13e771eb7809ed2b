/**
 * ROUGE-L F over characters (β = 1), the tokenizer-free form for Chinese:
 * punctuation and spaces are dropped first. Returns 0..1.
 */
export function rougeLCharF(candidate: string, reference: string): number {
  const a = [...strip(candidate)]
  const b = [...strip(reference)]
  if (a.length === 0 || b.length === 0) return 0
  const lcs = longestCommonSubsequence(a, b)
  if (lcs === 0) return 0
  const precision = lcs / a.length
  const recall = lcs / b.length
  return (2 * precision * recall) / (precision + recall)
}

function strip(text: string): string {
  return text.toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '')
}

function longestCommonSubsequence(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0)
  for (const charA of a) {
    const current = new Array<number>(b.length + 1).fill(0)
    for (let j = 1; j <= b.length; j++) current[j] = charA === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!)
    previous = current
  }
  return previous[b.length]!
}
