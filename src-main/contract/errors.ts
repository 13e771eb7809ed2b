/** Error codes that cross the wire; the client switches on these, never on messages. */
export const errorCodes = [
  'INPUT_VALIDATION_FAILED',
  'CONFIG_INVALID',
  'DB_TOO_NEW',
  'DB_CORRUPT',
  'MIGRATION_FAILED',
  'DISPOSED',
  'HOST_NOT_LOOPBACK',
  'CASE_PACK_INVALID',
  'CASE_NOT_FOUND',
  'SESSION_NOT_FOUND',
  'SESSION_CLOSED',
  'UNAUTHORIZED',
  'INTERNAL_SERVER_ERROR'
] as const
export type ErrorCode = (typeof errorCodes)[number]

export interface ValidationIssue {
  path: string
  message: string
}
