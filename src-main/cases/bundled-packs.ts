import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * Where the starter pack is: beside the built CLI (out/main → ../../cases),
 * beside the sources (src-main/cases → ../../cases), or in the packaged app's
 * resources. Null when none is found; the app then starts with no cases.
 */
export function findStarterPack(extraCandidates: string[] = []): string | null {
  const candidates = [...extraCandidates, fileURLToPath(new URL('../../cases/starter', import.meta.url)), fileURLToPath(new URL('../../../cases/starter', import.meta.url))]
  return candidates.find((dir) => existsSync(`${dir}/manifest.json`)) ?? null
}
