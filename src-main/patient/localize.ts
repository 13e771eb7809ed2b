import type { Localized } from '../cases/case-schema'

export type SessionLanguage = 'zh' | 'en'

/** The text in the session's language, or the other one when a case has only that. */
export function pick(text: Localized | undefined, language: SessionLanguage): string {
  if (!text) return ''
  return text[language] ?? text[language === 'zh' ? 'en' : 'zh'] ?? ''
}
