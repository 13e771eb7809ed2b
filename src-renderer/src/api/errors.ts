/** The `{code, message}` of whatever the API threw, for display. */
export function describeError(error: unknown): { code: string; message: string } {
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) {
    return { code: String(error.code), message: String(error.message) }
  }
  return { code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error) }
}
