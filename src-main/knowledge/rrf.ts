/**
 * Reciprocal rank fusion (Cormack et al., 2009): each list gives an item
 * 1 / (k + rank); the sums decide the order. Ranks, not raw scores, are
 * fused, because BM25 and cosine similarity are on scales that do not compare.
 */
export function reciprocalRankFusion<T>(lists: readonly (readonly T[])[], key: (item: T) => string, k = 60): { item: T; score: number; ranks: (number | null)[] }[] {
  const fused = new Map<string, { item: T; score: number; ranks: (number | null)[] }>()
  lists.forEach((list, listIndex) => {
    list.forEach((item, position) => {
      const id = key(item)
      let entry = fused.get(id)
      if (!entry) {
        entry = { item, score: 0, ranks: lists.map(() => null) }
        fused.set(id, entry)
      }
      entry.score += 1 / (k + position + 1)
      entry.ranks[listIndex] = position + 1
    })
  })
  return [...fused.values()].sort((a, b) => b.score - a.score)
}
