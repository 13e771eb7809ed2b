/**
 * Named errors with a stable `code`. They cross the wire as `{code, message, data}`
 * (see api/error-mapping.ts) and their messages tell the user what to do.
 */
export class AppError<TData extends Record<string, unknown> = Record<string, unknown>> extends Error {
  readonly code: string
  readonly data: TData

  constructor(code: string, message: string, data: TData, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
    this.code = code
    this.data = data
  }
}

export class ConfigInvalidError extends AppError<{ issues: { path: string; message: string }[] }> {
  constructor(issues: { path: string; message: string }[]) {
    super(
      'CONFIG_INVALID',
      `The configuration is invalid: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
      { issues }
    )
  }
}

export class DatabaseTooNewError extends AppError<{ file: string; found: number; supported: number }> {
  constructor(file: string, found: number, supported: number) {
    super(
      'DB_TOO_NEW',
      `The database ${file} was written by a newer ClinicLab (schema ${found}; this version understands up to ${supported}). ` +
        'It was left untouched: update ClinicLab, or choose another data folder with --data.',
      { file, found, supported }
    )
  }
}

export class DatabaseCorruptError extends AppError<{ file: string }> {
  constructor(file: string, cause: unknown) {
    super(
      'DB_CORRUPT',
      `The file ${file} is not a readable ClinicLab database (${describeCause(cause)}). ` +
        'It was left untouched: restore a backup from the backups folder, or move the file away to start fresh.',
      { file },
      { cause }
    )
  }
}

export class MigrationFailedError extends AppError<{ migration: string; backup: string | null; restored: boolean }> {
  constructor(migration: string, backup: string | null, restored: boolean, cause: unknown) {
    super(
      'MIGRATION_FAILED',
      `Database migration ${migration} failed (${describeCause(cause)}). ` +
        (restored ? `The database was restored from ${backup}.` : 'The new, empty database was removed.'),
      { migration, backup, restored },
      { cause }
    )
  }
}

export class DisposedError extends AppError<{ what: string }> {
  constructor(what: string) {
    super('DISPOSED', `${what} has been shut down and can no longer be used.`, { what })
  }
}

export class HostRefusedError extends AppError<{ host: string }> {
  constructor(host: string) {
    super(
      'HOST_NOT_LOOPBACK',
      `Refusing to listen on ${host}: a non-loopback address needs an access token ` +
        '(pass --token or set CLINICLAB_TOKEN), because anyone on the network could reach it.',
      { host }
    )
  }
}

export function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause)
}

export interface PackProblem {
  /** The file inside the pack ("cases/acs.json"), or the pack itself. */
  file: string
  /** JSON path inside that file ("$.facts[3].id"); "$" for the whole file. */
  path: string
  message: string
}

export class CasePackInvalidError extends AppError<{ source: string; problems: PackProblem[] }> {
  constructor(source: string, problems: PackProblem[]) {
    const shown = problems.slice(0, 5).map((problem) => `${problem.file}: ${problem.path}: ${problem.message}`)
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''
    super('CASE_PACK_INVALID', `The case pack ${source} has ${problems.length} problem(s); nothing was imported. ${shown.join('; ')}${more}`, { source, problems })
  }
}
