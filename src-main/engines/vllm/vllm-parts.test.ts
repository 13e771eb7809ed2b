import { describe, expect, it } from 'vitest'
import { buildVllmCommand, toWslPath } from './vllm-command'
import { classifyFailure } from './vllm-failures'
import { parseVllmMetrics } from './vllm-metrics'

const settings = { model: '/models/qwen3-1.7b', servedName: 'base', maxModelLen: 8192, gpuMemoryUtilization: 0.85, adapters: [{ name: 'persona', path: '/loras/persona' }, { name: 'extract', path: '/loras/extract' }], maxLoraRank: 16, runtimeLora: true }

describe('vLLM command line', () => {
  it('natively: loopback, the launch port and key, adapters as LoRA modules, runtime loading allowed by env', () => {
    const launch = buildVllmCommand({ mode: 'native', ...settings }, { port: 41234, apiKey: 'k1' })
    expect(launch.command).toBe('vllm')
    expect(launch.args.join(' ')).toBe(
      'serve /models/qwen3-1.7b --host 127.0.0.1 --port 41234 --api-key k1 --served-model-name base --max-model-len 8192 --gpu-memory-utilization 0.85 --enable-lora --max-loras 2 --max-lora-rank 16 --lora-modules persona=/loras/persona extract=/loras/extract'
    )
    expect(launch.env).toEqual({ VLLM_ALLOW_RUNTIME_LORA_UPDATING: 'True' })
  })

  it('through WSL: wsl.exe -d DISTRO --, Windows paths translated, env set inside', () => {
    const launch = buildVllmCommand({ mode: 'wsl', distro: 'Ubuntu-24.04', ...settings, model: 'C:\\models\\qwen3', adapters: [{ name: 'persona', path: 'D:\\loras\\persona' }] }, { port: 8000, apiKey: 'k' })
    expect(launch.command).toBe('wsl.exe')
    expect(launch.args.slice(0, 6)).toEqual(['-d', 'Ubuntu-24.04', '--', 'env', 'VLLM_ALLOW_RUNTIME_LORA_UPDATING=True', 'vllm'])
    expect(launch.args).toContain('/mnt/c/models/qwen3')
    expect(launch.args).toContain('persona=/mnt/d/loras/persona')
    expect(toWslPath('/already/linux')).toBe('/already/linux')
  })

  it('without adapters, no LoRA flags', () => {
    const launch = buildVllmCommand({ mode: 'native', ...settings, adapters: [], runtimeLora: false }, { port: 1, apiKey: 'k' })
    expect(launch.args).not.toContain('--enable-lora')
  })
})

describe('vLLM failure lines', () => {
  it.each([
    ['ValueError: Free memory on device (3.2/23.6 GiB) on startup is less than desired GPU memory utilization (0.9, 21.2 GiB).', 'GPU_MEMORY'],
    ["ValueError: The model's max seq len (40960) is larger than the maximum number of tokens that can be stored in KV cache (23632).", 'KV_CACHE_TOO_SMALL'],
    ['OSError: [Errno 98] Address already in use', 'PORT_IN_USE'],
    ['RuntimeError: Found no NVIDIA driver on your system.', 'CUDA_MISSING'],
    ['ValueError: LoRA rank 64 is greater than max_lora_rank 16.', 'LORA_RANK'],
    ['torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB', 'GPU_MEMORY']
  ])('%s → %s', (line, code) => {
    expect(classifyFailure(['INFO starting', line])?.code).toBe(code)
  })

  it('prefers the specific cause over the generic engine-init line, and says nothing for unknown lines', () => {
    expect(classifyFailure(['RuntimeError: Engine core initialization failed. See root cause above.', 'torch.OutOfMemoryError: CUDA out of memory.'])?.code).toBe('GPU_MEMORY')
    expect(classifyFailure(['RuntimeError: Engine core initialization failed.'])?.code).toBe('ENGINE_INIT')
    expect(classifyFailure(['INFO all good'])).toBeNull()
  })
})

describe('vLLM /metrics', () => {
  it('reads the new names, summing over labels, and histogram means', () => {
    const metrics = parseVllmMetrics(
      [
        '# HELP vllm:num_requests_running Number of requests running',
        'vllm:num_requests_running{model_name="base"} 3.0',
        'vllm:num_requests_waiting{model_name="base"} 1.0',
        'vllm:kv_cache_usage_perc{model_name="base"} 0.42',
        'vllm:time_to_first_token_seconds_sum{model_name="base"} 1.5',
        'vllm:time_to_first_token_seconds_count{model_name="base"} 10.0',
        'vllm:inter_token_latency_seconds_sum{model_name="base"} 2.0',
        'vllm:inter_token_latency_seconds_count{model_name="base"} 400.0'
      ].join('\n')
    )
    expect(metrics).toMatchObject({ running: 3, waiting: 1, kvCacheUsage: 0.42, meanTtftMs: 150, meanItlMs: 5 })
  })

  it('reads the old names', () => {
    const metrics = parseVllmMetrics('vllm:gpu_cache_usage_perc 0.9\nvllm:time_per_output_token_seconds_sum 1\nvllm:time_per_output_token_seconds_count 100\n')
    expect(metrics).toMatchObject({ kvCacheUsage: 0.9, meanItlMs: 10, running: null })
  })
})
