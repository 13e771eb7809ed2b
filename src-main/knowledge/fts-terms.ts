/**
 * The text LanceDB's full-text index sees. No one tokenizer serves both
 * languages: `icu` segments Chinese into dictionary words, so a colloquial
 * 胸痛出汗 finds nothing in 胸骨后压榨样疼痛…大汗, and `ngram` cuts English
 * into letter pairs, so "chest" matches "Chemical". So Chinese runs become
 * their characters and character pairs, and everything else stays words; the
 * index then only splits on spaces, lower-cases and stems the English words.
 * The same function prepares passages and queries.
 */
const token = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:[.'’-](?:(?!\p{Script=Han})[\p{L}\p{N}])+)*)/gu

export function ftsTerms(text: string): string {
  const terms: string[] = []
  for (const [, hanRun, word] of text.matchAll(token)) {
    if (word) {
      terms.push(word)
      continue
    }
    const chars = [...hanRun!]
    terms.push(...chars)
    for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!)
  }
  return terms.join(' ')
}
