import { createCore } from '../core/create-core'
import { AppError } from '../core/errors'
import type { DownloadView } from '../models/model-downloads'

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`

/** `cliniclab models list`: the models folder, with each file's metadata or its problem. */
export async function modelsListCommand(dataDir: string, options: { json?: boolean }): Promise<void> {
  const core = createCore({ dataDir })
  try {
    const entries = await core.models.list()
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ dir: core.models.dir, entries }, null, 2)}\n`)
      return
    }
    process.stdout.write(`${core.models.dir}\n`)
    if (entries.length === 0) process.stdout.write('No models yet: `cliniclab models download hf:USER/REPO:Q4_K_M` or `cliniclab models import FILE.gguf`.\n')
    for (const entry of entries) {
      const summary = entry.summary
      process.stdout.write(summary ? `${entry.id}  ${summary.kind}  ${summary.architecture}  ${summary.quantization}  ${mib(summary.sizeBytes)}\n` : `${entry.id}  unusable: ${entry.problem}\n`)
    }
  } finally {
    await core.dispose()
  }
}

/** `cliniclab models import FILE`: checked, then copied into the models folder. */
export async function modelsImportCommand(dataDir: string, file: string): Promise<void> {
  const core = createCore({ dataDir })
  try {
    const entry = await core.models.import(file)
    process.stdout.write(`Imported ${entry.id} (${entry.summary?.kind}, ${entry.summary?.architecture}, ${entry.summary?.quantization}).\n`)
  } finally {
    await core.dispose()
  }
}

/**
 * `cliniclab models download URI`: from Hugging Face (`hf:user/repo/file.gguf`,
 * `hf:user/repo:Q4_K_M`) or a URL, with progress on stderr; Ctrl-C stops it
 * and keeps the partial file, so running the command again resumes.
 */
export async function modelsDownloadCommand(dataDir: string, uri: string, options: { sha256?: string }): Promise<void> {
  const core = createCore({ dataDir })
  const interrupt = (): void => {
    process.stderr.write('\nStopping; the partial file is kept and the same command resumes it.\n')
    const running = core.downloads.list().find((download) => download.uri === uri)
    if (running) void core.downloads.cancel(running.id)
  }
  process.once('SIGINT', interrupt)
  try {
    process.stderr.write(`Downloading ${uri} (a network request, as asked)…\n`)
    const started = core.downloads.start({ uri, ...(options.sha256 ? { sha256: options.sha256 } : {}) })
    let last: DownloadView = started
    for await (const list of core.downloads.watch()) {
      last = list.find((download) => download.id === started.id) ?? last
      const percent = last.totalBytes ? `${((last.downloadedBytes / last.totalBytes) * 100).toFixed(1)} %` : ''
      if (process.stderr.isTTY) process.stderr.write(`\r${last.state} ${mib(last.downloadedBytes)}${last.totalBytes ? ` / ${mib(last.totalBytes)}` : ''} ${percent} ${mib(last.bytesPerSecond)}/s   `)
      if (['done', 'failed', 'cancelled'].includes(last.state)) break
    }
    process.stderr.write('\n')
    if (last.state === 'failed' && last.error) throw new AppError(last.error.code, last.error.message, {})
    if (last.state === 'cancelled') throw new AppError('DOWNLOAD_CANCELLED', `Stopped at ${mib(last.downloadedBytes)}; run the same command to resume.`, {})
    if (last.resumedFromBytes > 0) process.stdout.write(`Resumed from ${mib(last.resumedFromBytes)}.\n`)
    process.stdout.write(`${last.resultId}  sha256 ${last.sha256} (${last.verified ? 'verified' : 'not verified: no checksum was published or given'})\n`)
  } finally {
    process.off('SIGINT', interrupt)
    await core.dispose()
  }
}
