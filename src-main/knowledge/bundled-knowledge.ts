import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { KnowledgeService } from './knowledge-service'

export const STARTER_COLLECTION_ID = 'starter'
export const STARTER_COLLECTION_NAME = 'Starter pack · 入门资料'

/** Where the starter knowledge pack is: beside the built CLI, beside the sources, or in the packaged app's resources. */
export function findStarterKnowledge(extraCandidates: string[] = []): string | null {
  const candidates = [...extraCandidates, fileURLToPath(new URL('../../knowledge/starter', import.meta.url)), fileURLToPath(new URL('../../../knowledge/starter', import.meta.url))]
  return candidates.find((dir) => existsSync(join(dir, 'questions.jsonl'))) ?? null
}

/**
 * Puts the starter pack's notes into their own collection: created on first
 * start, and a note added later by an update is added then (the content hash
 * keeps every other note from being added twice).
 */
export async function ensureStarterKnowledge(knowledge: KnowledgeService, dir: string, signal?: AbortSignal): Promise<number> {
  if (!knowledge.status().collections.some((collection) => collection.id === STARTER_COLLECTION_ID)) knowledge.createCollection(STARTER_COLLECTION_NAME, { id: STARTER_COLLECTION_ID, bundled: true })
  const known = new Set(knowledge.status().documents.filter((doc) => doc.collectionId === STARTER_COLLECTION_ID).map((doc) => doc.name))
  let added = 0
  for (const language of ['zh', 'en']) {
    const folder = join(dir, language)
    if (!existsSync(folder)) continue
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.md')).sort()) {
      const name = `${language}/${file}`
      if (known.has(name)) continue
      signal?.throwIfAborted()
      await knowledge.addDocument(STARTER_COLLECTION_ID, join(folder, file), { name })
      added++
    }
  }
  return added
}
