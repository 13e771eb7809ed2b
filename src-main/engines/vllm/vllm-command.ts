/** How vLLM is launched: natively on Linux, or inside a WSL2 distribution on Windows. */
export interface VllmSettings {
  mode: 'native' | 'wsl'
  /** WSL distribution name (mode wsl). */
  distro?: string
  /** The `vllm` executable (inside WSL for mode wsl). */
  executable?: string
  /** Arguments placed before `serve` (e.g. a script for a stand-in); normally none. */
  prefixArgs?: string[]
  /** A Hugging Face id or a local folder. */
  model: string
  servedName: string
  maxModelLen: number
  gpuMemoryUtilization: number
  adapters: { name: string; path: string }[]
  maxLoras?: number
  maxLoraRank?: number
  /** Lets /v1/load_lora_adapter load adapters at run time. */
  runtimeLora?: boolean
  extraArgs?: string[]
}

export interface VllmLaunch {
  command: string
  args: string[]
  env: Record<string, string>
}

/** C:\Users\me\lora → /mnt/c/Users/me/lora; paths already in Linux form pass through. */
export function toWslPath(path: string): string {
  const drive = /^([A-Za-z]):[\\/](.*)$/.exec(path)
  if (!drive) return path.replace(/\\/g, '/')
  return `/mnt/${drive[1]!.toLowerCase()}/${drive[2]!.replace(/\\/g, '/')}`
}

/** The exact command line; the port and key are fresh for every launch. */
export function buildVllmCommand(settings: VllmSettings, launch: { port: number; apiKey: string }): VllmLaunch {
  const path = (value: string): string => (settings.mode === 'wsl' ? toWslPath(value) : value)
  const serve = [
    ...(settings.prefixArgs ?? []),
    'serve',
    path(settings.model),
    '--host',
    '127.0.0.1',
    '--port',
    String(launch.port),
    '--api-key',
    launch.apiKey,
    '--served-model-name',
    settings.servedName,
    '--max-model-len',
    String(settings.maxModelLen),
    '--gpu-memory-utilization',
    String(settings.gpuMemoryUtilization)
  ]
  if (settings.adapters.length > 0 || settings.runtimeLora) {
    serve.push('--enable-lora', '--max-loras', String(settings.maxLoras ?? Math.max(1, settings.adapters.length)), '--max-lora-rank', String(settings.maxLoraRank ?? 16))
    if (settings.adapters.length > 0) serve.push('--lora-modules', ...settings.adapters.map((adapter) => `${adapter.name}=${path(adapter.path)}`))
  }
  serve.push(...(settings.extraArgs ?? []))
  const env: Record<string, string> = settings.runtimeLora ? { VLLM_ALLOW_RUNTIME_LORA_UPDATING: 'True' } : {}
  const executable = settings.executable ?? 'vllm'
  if (settings.mode === 'native') return { command: executable, args: serve, env }
  // Environment variables do not cross into WSL by themselves: they are set inside with `env`.
  const inside = Object.entries(env).map(([key, value]) => `${key}=${value}`)
  return { command: 'wsl.exe', args: ['-d', settings.distro ?? 'Ubuntu', '--', ...(inside.length ? ['env', ...inside] : []), executable, ...serve], env: {} }
}
