import { isIP } from 'node:net'

/** True for addresses that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '')
  if (bare === 'localhost') return true
  if (isIP(bare) === 4) return bare.startsWith('127.')
  if (isIP(bare) === 6) return bare === '::1'
  return false
}

/** The host part of a Host header ("127.0.0.1:8080", "[::1]:80"). */
export function hostHeaderName(header: string | undefined): string {
  if (!header) return ''
  if (header.startsWith('[')) return header.slice(0, header.indexOf(']') + 1)
  return header.split(':')[0] ?? ''
}
