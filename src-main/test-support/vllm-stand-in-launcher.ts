import { chmodSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const standIn = fileURLToPath(new URL('./vllm-stand-in.ts', import.meta.url))
const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Writes an executable that runs the vLLM STAND-IN, to be given as the
 * `vllm` program in the settings — the way a user points ClinicLab at the
 * `vllm` script of a virtual environment. `env` is fixed into the script
 * (e.g. STAND_IN_FAIL), since the app passes its own environment through.
 */
export function writeStandInLauncher(dir: string, env: Record<string, string> = {}): string {
  const file = join(dir, 'vllm-stand-in.sh')
  const exports = Object.entries(env).map(([key, value]) => `export ${key}=${JSON.stringify(value)}\n`).join('')
  writeFileSync(file, `#!/bin/sh\n# A stand-in for vllm (tests only).\n${exports}cd ${JSON.stringify(repoRoot)} && exec ${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(standIn)} "$@"\n`)
  chmodSync(file, 0o755)
  return file
}
