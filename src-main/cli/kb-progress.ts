import type { KnowledgeStatus } from '../contract/knowledge'
import type { KnowledgeService } from '../knowledge/knowledge-service'

const pending = (status: KnowledgeStatus) => status.documents.filter((doc) => doc.state === 'queued' || doc.state === 'indexing')

function bar(done: number, total: number, width = 24): string {
  const filled = total > 0 ? Math.round((done / total) * width) : 0
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`
}

/**
 * Waits until the knowledge base has nothing queued or indexing, showing
 * progress on stderr: a bar redrawn in place on a terminal, one line per
 * document and phase otherwise (logs, tests). `queued` are the documents
 * the caller just added, for the count. Returns false when the signal
 * stopped the wait first; the indexer itself stops only when the core is
 * disposed, and a document it leaves half done resumes at the next start.
 */
export async function waitForIndexing(knowledge: KnowledgeService, signal: AbortSignal, queued: readonly string[] = []): Promise<boolean> {
  if (signal.aborted) return false
  const tty = process.stderr.isTTY
  let lastLine = ''
  let lastStep = ''
  // Counted from the documents just queued (some may be done before the first look) plus any other found pending.
  const seen = new Set<string>(queued)
  for await (const status of knowledge.watch(signal)) {
    const waiting = pending(status)
    for (const doc of waiting) seen.add(doc.id)
    const documents = seen.size
    const finished = status.documents.filter((doc) => seen.has(doc.id) && (doc.state === 'ready' || doc.state === 'failed')).length
    const current = status.current
    if (current) {
      // Only embedding has a count to show (there is none without an embedder); reading and writing are one step each.
      const progress = current.phase === 'embedding' ? `${bar(current.done, current.total)} ${current.done}/${current.total} passages` : current.phase
      const line = `document ${Math.min(finished + 1, documents)}/${documents} ${current.name}: ${progress}${current.resumedFrom > 0 ? ` (resumed at ${current.resumedFrom})` : ''}`
      const step = `${current.documentId}:${current.phase}`
      if (tty) process.stderr.write(`\r${line.padEnd(lastLine.length).slice(0, (process.stderr.columns || 100) - 1)}`)
      else if (step !== lastStep) process.stderr.write(`… ${line}\n`)
      lastLine = line
      lastStep = step
    }
    if (waiting.length === 0 && !current) break
  }
  if (tty && lastLine) process.stderr.write('\n')
  if (signal.aborted) return false
  // The last step folds new passages into the full-text index (and builds the vector index when due).
  await knowledge.idle()
  return true
}
