import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export interface GpuReport {
  /** What node-llama-cpp would use: "cuda", "vulkan", "metal" or false for CPU only. */
  backend: string | false
  devices: string[]
  vramTotalBytes: number | null
  cpuMathCores: number | null
  engineVersion: string | null
  error: string | null
}

/**
 * Asks node-llama-cpp what it sees, without building anything from source:
 * `build: "never"` fails fast where no prebuilt binary fits.
 */
export async function probeGpu(): Promise<GpuReport> {
  try {
    const { getLlama } = await import('node-llama-cpp')
    const llama = await getLlama({ gpu: 'auto', build: 'never', progressLogs: false, skipDownload: true })
    try {
      const vram = llama.gpu === false ? null : await llama.getVramState()
      return {
        backend: llama.gpu,
        devices: llama.gpu === false ? [] : await llama.getGpuDeviceNames(),
        vramTotalBytes: vram?.total ?? null,
        cpuMathCores: llama.cpuMathCores,
        engineVersion: installedVersion('node-llama-cpp'),
        error: null
      }
    } finally {
      await llama.dispose()
    }
  } catch (error) {
    return { backend: false, devices: [], vramTotalBytes: null, cpuMathCores: null, engineVersion: null, error: error instanceof Error ? error.message : String(error) }
  }
}

/** The version of an installed package whose exports hide its package.json. */
function installedVersion(name: string): string | null {
  let dir = dirname(createRequire(import.meta.url).resolve(name))
  for (;;) {
    try {
      const packageJson = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string }
      if (packageJson.name === name) return packageJson.version ?? null
    } catch {
      // not this folder; keep walking up
    }
    const parent = dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

