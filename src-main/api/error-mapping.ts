import { ORPCError, ValidationError } from '@orpc/server'
import type { ValidationIssue } from '../contract/errors'
import { AppError } from '../core/errors'

const statusByCode: Record<string, number> = {
  CONFIG_INVALID: 400,
  DISPOSED: 503,
  HOST_NOT_LOOPBACK: 403
}

/**
 * Turns whatever a procedure threw into the `{code, message, data}` that
 * crosses the wire: input validation failures name each field, AppErrors keep
 * their stable code; anything else stays oRPC's opaque internal error.
 */
export function toWireError(error: unknown): unknown {
  if (error instanceof ORPCError && error.code === 'BAD_REQUEST' && error.cause instanceof ValidationError) {
    const issues: ValidationIssue[] = error.cause.issues.map((issue) => ({
      path: issue.path?.map((segment) => (typeof segment === 'object' ? String(segment.key) : String(segment))).join('.') || '(input)',
      message: issue.message
    }))
    return new ORPCError('INPUT_VALIDATION_FAILED', {
      status: 400,
      message: `Invalid input: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
      data: { issues },
      cause: error.cause
    })
  }
  if (error instanceof AppError) {
    return new ORPCError(error.code, { status: statusByCode[error.code] ?? 500, message: error.message, data: error.data, cause: error })
  }
  return error
}
