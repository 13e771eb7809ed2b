import { AppError } from '../core/errors'

/** A mistake in how a command was called: printed as advice, not as a crash. */
export class UsageError extends AppError<Record<string, never>> {
  constructor(message: string) {
    super('USAGE', message, {})
  }
}

/** Prints an error as `cliniclab: CODE: advice` (a stack only for the unexpected) and marks the run failed; commands that go on after one failure call it directly. */
export function reportError(error: unknown): void {
  if (error instanceof AppError) {
    process.stderr.write(`cliniclab: ${error.code}: ${error.message}\n`)
  } else {
    process.stderr.write(`cliniclab: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  }
  process.exitCode = 1
}

/** Runs one CLI action; a known error prints its code and advice instead of a stack. */
export async function runCommand(action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (error) {
    reportError(error)
  }
}
