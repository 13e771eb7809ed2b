/** Lower case, full-width ASCII to half-width, unified spaces: what every matcher compares. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Whether normalised text mentions a normalised term. Short Latin terms
 * ("MI", "ECG", "CT") must stand alone: "ct" is inside "doctor", "mi" inside "minutes".
 */
export function mentionsTerm(text: string, term: string): boolean {
  if (term.length < 2) return false
  if (/^[a-z0-9-]{2,4}$/.test(term)) return new RegExp(`(?:^|[^a-z0-9])${term.replace(/-/g, '\\-')}(?:$|[^a-z0-9])`).test(text)
  return text.includes(term)
}

/** True when the text is mostly Chinese. */
export function isChinese(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
  const latin = text.match(/[a-z]/gi)?.length ?? 0
  return han > 0 && han * 2 >= latin
}
