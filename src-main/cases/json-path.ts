/** `["facts", 3, "id"]` → `$.facts[3].id`, the form validation messages use. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, segment) => (typeof segment === 'number' ? `${path}[${segment}]` : `${path}.${String(segment)}`), '$')
}
