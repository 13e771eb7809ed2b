import type { Llama } from 'node-llama-cpp'

export type GpuChoice = 'auto' | false

const runtimes = new Map<string, Promise<Llama>>()

/**
 * One llama.cpp runtime per GPU choice for the whole process: each getLlama()
 * loads native bindings, and engines, embedders and the hardware probe share
 * them. `build: "never"` fails fast instead of compiling llama.cpp on a user's
 * machine; the prebuilt binaries ship with node-llama-cpp.
 */
export function llamaRuntime(gpu: GpuChoice = 'auto'): Promise<Llama> {
  const key = String(gpu)
  let runtime = runtimes.get(key)
  if (!runtime) {
    runtime = import('node-llama-cpp').then(({ getLlama, LlamaLogLevel }) =>
      getLlama({ gpu, build: 'never', logLevel: LlamaLogLevel.error, progressLogs: false })
    )
    runtime.catch(() => runtimes.delete(key))
    runtimes.set(key, runtime)
  }
  return runtime
}
