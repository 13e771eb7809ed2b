import { execFile } from 'node:child_process'
import { cpus, freemem, totalmem } from 'node:os'
import { promisify } from 'node:util'
import type { Hardware } from '../contract/engines'
import { probeGpu } from './gpu-probe'

const run = promisify(execFile)

/** NVIDIA GPUs as nvidia-smi reports them; null where nvidia-smi is absent (no driver, not NVIDIA). */
async function nvidiaSmi(): Promise<Hardware['nvidiaSmi']> {
  try {
    const { stdout } = await run('nvidia-smi', ['--query-gpu=name,memory.total,driver_version', '--format=csv,noheader,nounits'], { timeout: 5_000 })
    return stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name = '', memory = '0', driver = ''] = line.split(',').map((part) => part.trim())
        return { name, memoryTotalMiB: Number(memory), driver }
      })
  } catch {
    return null
  }
}

/** WSL on Windows (vLLM runs inside it); null on other systems. `wsl -l -q` prints UTF-16. */
async function wsl(): Promise<Hardware['wsl']> {
  if (process.platform !== 'win32') return null
  try {
    const { stdout } = await run('wsl.exe', ['-l', '-q'], { timeout: 5_000, encoding: 'buffer' })
    const distros = stdout.toString('utf16le').replace(/\0/g, '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean)
    return { available: true, distros }
  } catch {
    return { available: false, distros: [] }
  }
}

/**
 * Approximate file sizes of Qwen3 GGUF builds (GiB). A model needs about its
 * file size plus a KV cache and runtime overhead: ×1.2 + 1 GiB is used here.
 */
const qwen3Builds: { model: string; quantization: string; sizeGiB: number }[] = [
  { model: 'Qwen3-0.6B', quantization: 'Q8_0', sizeGiB: 0.6 },
  { model: 'Qwen3-1.7B', quantization: 'Q4_K_M', sizeGiB: 1.1 },
  { model: 'Qwen3-1.7B', quantization: 'Q8_0', sizeGiB: 1.8 },
  { model: 'Qwen3-4B', quantization: 'Q4_K_M', sizeGiB: 2.5 },
  { model: 'Qwen3-8B', quantization: 'Q4_K_M', sizeGiB: 5.0 },
  { model: 'Qwen3-14B', quantization: 'Q4_K_M', sizeGiB: 9.0 },
  { model: 'Qwen3-32B', quantization: 'Q4_K_M', sizeGiB: 19.8 }
]

export function recommend(input: { ramTotalBytes: number; vramTotalBytes: number | null; nvidia: boolean; platform: NodeJS.Platform; wslAvailable: boolean }): Pick<Hardware, 'recommendations' | 'vllmAdvice'> {
  const gib = 1024 ** 3
  const vram = (input.vramTotalBytes ?? 0) / gib
  // Leave the system and the app half the RAM when the model runs on the CPU.
  const ram = (input.ramTotalBytes / gib) * 0.5
  const recommendations = qwen3Builds.map((build) => {
    const need = build.sizeGiB * 1.2 + 1
    const fits: 'gpu' | 'cpu' | 'no' = need <= vram ? 'gpu' : need <= ram ? 'cpu' : 'no'
    const note = fits === 'gpu' ? 'fits in GPU memory' : fits === 'cpu' ? (build.sizeGiB > 3 ? 'runs on the CPU, slowly (a few tokens/s)' : 'runs on the CPU') : `needs about ${need.toFixed(1)} GiB`
    return { ...build, fits, note }
  })
  const vllmPossible = input.nvidia && (input.platform === 'linux' || (input.platform === 'win32' && input.wslAvailable))
  const vllmAdvice = vllmPossible
    ? vram >= 8
      ? 'vLLM fits this machine: prefer it when several students practise at once or when several adapters serve different roles (it batches them on one base model).'
      : 'vLLM can run here, but under 8 GiB of GPU memory node-llama-cpp with a quantised GGUF is the better choice.'
    : input.platform === 'win32'
      ? 'vLLM needs an NVIDIA GPU and WSL2 on Windows; node-llama-cpp runs GGUF models without either.'
      : 'vLLM needs an NVIDIA GPU on Linux; node-llama-cpp runs GGUF models on this machine.'
  return { recommendations, vllmAdvice }
}

/** What this machine offers for inference, and which models fit it. */
export async function detectHardware(): Promise<Hardware> {
  const [gpu, nvidia, wslInfo] = await Promise.all([probeGpu(), nvidiaSmi(), wsl()])
  const vramTotalBytes = gpu.vramTotalBytes ?? (nvidia?.[0] ? nvidia[0].memoryTotalMiB * 1024 * 1024 : null)
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    logicalCores: cpus().length,
    mathCores: gpu.cpuMathCores,
    ramTotalBytes: totalmem(),
    ramFreeBytes: freemem(),
    platform: `${process.platform}-${process.arch}`,
    gpu: { backend: gpu.backend, devices: gpu.devices, vramTotalBytes, error: gpu.error },
    nvidiaSmi: nvidia,
    wsl: wslInfo,
    ...recommend({ ramTotalBytes: totalmem(), vramTotalBytes, nvidia: (nvidia?.length ?? 0) > 0, platform: process.platform, wslAvailable: wslInfo?.available ?? false })
  }
}
