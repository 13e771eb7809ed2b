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
 * document and phase otherwise (logs, tests). Returns false when the signal
 * stopped the wait first; the indexer itself stops only when the core is
 * disposed, and a document it leaves half done resumes at the next start.
 */
export async function waitForIndexing(knowledge: KnowledgeService, signal: AbortSignal): Promise<boolean> {
  const tty = process.stderr.isTTY
  let documents = 0
  let finished = 0
  let lastLine = ''
  let lastStep = ''
  const seen = new Set<string>()
  for await (const status of knowledge.watch(signal)) {
    const waiting = pending(status)
    for (const doc of waiting) seen.add(doc.id)
    documents = seen.size
    finished = status.documents.filter((doc) => seen.has(doc.id) && (doc.state === 'ready' || doc.state === 'failed')).length
    const current = status.current
    if (current) {
      // Without an embedder there is no embedding phase, so the bar counts documents; with one it counts the passages embedded.
      const progress = current.phase === 'embedding' ? `${bar(current.done, current.total)} ${current.done}/${current.total} passages` : current.phase
      const line = `document ${Math.min(finished + 1, documents)}/${documents} ${current.name}: ${progress}${current.resumedFrom > 0 ? ` (resumed at ${current.resumedFrom})` : ''}`
      const step = `${current.documentId}:${current.phase}`
      if (tty) process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 100) - 1).padEnd(lastLine.length)}`)
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
