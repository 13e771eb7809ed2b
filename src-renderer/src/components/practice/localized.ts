/** The text in the interface language, or the other one when a case has only that. */
export function localized(text: { zh?: string | undefined; en?: string | undefined } | null | undefined, language: string): string {
  if (!text) return ''
  const first = language.startsWith('zh') ? text.zh : text.en
  return first ?? text.zh ?? text.en ?? ''
}
