import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createCore } from '../core/create-core'

/** `cliniclab results csv`: every scored session as CSV, to a file or stdout. */
export async function resultsCsvCommand(dataDir: string, options: { out?: string }): Promise<void> {
  const core = createCore({ dataDir })
  try {
    const csv = core.assessment.resultsCsv()
    if (options.out) {
      writeFileSync(resolve(options.out), csv)
      process.stderr.write(`${csv.trim().split('\n').length - 1} session(s) written to ${options.out}\n`)
    } else {
      // A BOM helps spreadsheet apps with a file; on a terminal or a pipe it is noise.
      process.stdout.write(csv.replace(/^\uFEFF/, ''))
    }
  } finally {
    await core.dispose()
  }
}
