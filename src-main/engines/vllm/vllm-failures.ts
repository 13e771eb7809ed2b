/** A known failure line and what it means for the user. */
export interface FailureCause {
  code: 'GPU_MEMORY' | 'KV_CACHE_TOO_SMALL' | 'PORT_IN_USE' | 'CUDA_MISSING' | 'LORA_RANK' | 'ENGINE_INIT'
  cause: string
  fix: string
  line: string
}

const patterns: { test: RegExp; code: FailureCause['code']; cause: string; fix: string }[] = [
  { test: /Free memory on device .* is less than desired GPU memory utilization|CUDA out of memory|torch\.OutOfMemoryError|No available memory for the cache blocks/i, code: 'GPU_MEMORY', cause: 'The GPU does not have enough free memory for this model.', fix: 'Close other programs using the GPU, lower "GPU memory use", or pick a smaller or more quantised model.' },
  { test: /max seq len .* is larger than the maximum number of tokens that can be stored in KV cache/i, code: 'KV_CACHE_TOO_SMALL', cause: 'The context length is longer than the GPU memory left for the KV cache can hold.', fix: 'Lower "max model length" (e.g. to 8192), or raise "GPU memory use".' },
  { test: /Address already in use|\[Errno 98\]/i, code: 'PORT_IN_USE', cause: 'Another program already uses the port vLLM was given.', fix: 'ClinicLab picks a new free port on the next start; if this repeats, another vLLM may still be running: stop it.' },
  { test: /libcuda\.so|CUDA driver|No CUDA GPUs are available|Found no NVIDIA driver|nvidia-smi.*not found/i, code: 'CUDA_MISSING', cause: 'No working NVIDIA driver or CUDA was found.', fix: 'Install the NVIDIA driver (on Windows, the WSL-enabled driver) and check that `nvidia-smi` works, or use node-llama-cpp.' },
  { test: /LoRA rank \d+ is greater than max_lora_rank \d+/i, code: 'LORA_RANK', cause: 'An adapter has a higher LoRA rank than the server allows.', fix: 'Raise "max LoRA rank" to at least the adapter\'s rank (allowed: 8, 16, 32, 64, 128, 256, 320, 512).' },
  { test: /Engine core initialization failed/i, code: 'ENGINE_INIT', cause: 'vLLM\'s engine failed to initialise.', fix: 'See the lines above it in the log for the first error.' }
]

/** The most specific known cause among the log lines (the generic init failure only when nothing better matches). */
export function classifyFailure(lines: readonly string[]): FailureCause | null {
  let generic: FailureCause | null = null
  for (const line of lines) {
    for (const pattern of patterns) {
      if (!pattern.test.test(line)) continue
      const found = { code: pattern.code, cause: pattern.cause, fix: pattern.fix, line: line.trim() }
      if (pattern.code !== 'ENGINE_INIT') return found
      generic ??= found
    }
  }
  return generic
}
