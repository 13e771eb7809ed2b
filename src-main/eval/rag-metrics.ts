/**
 * Retrieval figures over ranked passages. A question is found at the rank of
 * the first passage from its expected document; a document matches when its
 * name is the expected source, ends with `/source`, or has it as its base
 * name (so `acute-appendicitis.md` matches `zh/acute-appendicitis.md`).
 */

/** How many passages count: MRR is over the top 10, and nothing below it is looked at. */
export const RANK_CUTOFF = 10

export function sourceMatches(documentName: string, expected: string): boolean {
  return documentName === expected || documentName.endsWith(`/${expected}`) || documentName.split('/').at(-1) === expected
}

/** The 1-based rank of the first passage from the expected document within the cutoff, or null. */
export function rankOf(documentNames: readonly string[], expected: string): number | null {
  const at = documentNames.slice(0, RANK_CUTOFF).findIndex((name) => sourceMatches(name, expected))
  return at === -1 ? null : at + 1
}

export interface RetrievalFigures {
  questions: number
  recallAt1: number
  recallAt5: number
  /** Mean reciprocal rank over the top 10 (a miss counts 0). */
  mrr: number
}

export function retrievalFigures(ranks: readonly (number | null)[]): RetrievalFigures {
  const share = (found: (rank: number) => boolean) => (ranks.length === 0 ? Number.NaN : ranks.filter((rank) => rank !== null && found(rank)).length / ranks.length)
  return {
    questions: ranks.length,
    recallAt1: share((rank) => rank === 1),
    recallAt5: share((rank) => rank <= 5),
    mrr: ranks.length === 0 ? Number.NaN : ranks.reduce<number>((sum, rank) => sum + (rank === null ? 0 : 1 / rank), 0) / ranks.length
  }
}
