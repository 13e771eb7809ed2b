import { open } from 'node:fs/promises'

/**
 * A minimal GGUF v3 writer: enough to produce the tiny random-weight models
 * and LoRA adapters the tests and benchmarks run on (nothing is downloaded or
 * committed). Format: magic, version, counts, key/values, tensor infos,
 * padding to the alignment, then the tensor data, each tensor aligned.
 */

export type GgufValue =
  | { type: 'u32'; value: number }
  | { type: 'i32'; value: number }
  | { type: 'f32'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'string'; value: string }
  | { type: 'string[]'; value: readonly string[] }
  | { type: 'i32[]'; value: ArrayLike<number> }

export interface GgufTensor {
  name: string
  /** ggml order: the fastest-varying dimension first (e.g. token_embd is [n_embd, n_vocab]). */
  dims: readonly number[]
  data: Float32Array
}

const alignment = 32
const valueType = { u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9 } as const
const ggmlF32 = 0

/** Appends little-endian values to growing chunks, so a 45 MB vocabulary costs no quadratic copying. */
class ByteSink {
  readonly chunks: Buffer[] = []
  length = 0
  #buffer = Buffer.allocUnsafe(1 << 20)
  #used = 0

  #room(bytes: number): void {
    if (this.#used + bytes <= this.#buffer.length) return
    this.flush()
    if (bytes > this.#buffer.length) this.#buffer = Buffer.allocUnsafe(bytes)
  }

  flush(): void {
    if (this.#used === 0) return
    this.chunks.push(Buffer.from(this.#buffer.subarray(0, this.#used)))
    this.#used = 0
  }

  u32(value: number): void {
    this.#room(4)
    this.#used = this.#buffer.writeUInt32LE(value, this.#used)
    this.length += 4
  }

  i32(value: number): void {
    this.#room(4)
    this.#used = this.#buffer.writeInt32LE(value, this.#used)
    this.length += 4
  }

  u64(value: number): void {
    this.#room(8)
    this.#used = this.#buffer.writeBigUInt64LE(BigInt(value), this.#used)
    this.length += 8
  }

  f32(value: number): void {
    this.#room(4)
    this.#used = this.#buffer.writeFloatLE(value, this.#used)
    this.length += 4
  }

  u8(value: number): void {
    this.#room(1)
    this.#used = this.#buffer.writeUInt8(value, this.#used)
    this.length += 1
  }

  string(value: string): void {
    const bytes = Buffer.from(value, 'utf8')
    this.u64(bytes.length)
    this.#room(bytes.length)
    this.#used += bytes.copy(this.#buffer, this.#used)
    this.length += bytes.length
  }

  pad(): void {
    while (this.length % alignment !== 0) this.u8(0)
  }
}

function writeValue(sink: ByteSink, entry: GgufValue): void {
  switch (entry.type) {
    case 'u32':
      sink.u32(valueType.u32)
      sink.u32(entry.value)
      return
    case 'i32':
      sink.u32(valueType.i32)
      sink.i32(entry.value)
      return
    case 'f32':
      sink.u32(valueType.f32)
      sink.f32(entry.value)
      return
    case 'bool':
      sink.u32(valueType.bool)
      sink.u8(entry.value ? 1 : 0)
      return
    case 'string':
      sink.u32(valueType.string)
      sink.string(entry.value)
      return
    case 'string[]':
      sink.u32(valueType.array)
      sink.u32(valueType.string)
      sink.u64(entry.value.length)
      for (const item of entry.value) sink.string(item)
      return
    case 'i32[]':
      sink.u32(valueType.array)
      sink.u32(valueType.i32)
      sink.u64(entry.value.length)
      for (let index = 0; index < entry.value.length; index++) sink.i32(entry.value[index]!)
      return
  }
}

/** Writes a GGUF v3 file with f32 tensors. */
export async function writeGguf(filePath: string, metadata: Record<string, GgufValue>, tensors: readonly GgufTensor[]): Promise<void> {
  const header = new ByteSink()
  header.u32(0x46554747) // "GGUF"
  header.u32(3)
  header.u64(tensors.length)
  header.u64(Object.keys(metadata).length)
  for (const [key, entry] of Object.entries(metadata)) {
    header.string(key)
    writeValue(header, entry)
  }
  let offset = 0
  for (const tensor of tensors) {
    const elements = tensor.dims.reduce((product, dim) => product * dim, 1)
    if (elements !== tensor.data.length) throw new Error(`tensor ${tensor.name}: dims ${tensor.dims.join('×')} hold ${elements} values, data has ${tensor.data.length}`)
    header.string(tensor.name)
    header.u32(tensor.dims.length)
    for (const dim of tensor.dims) header.u64(dim)
    header.u32(ggmlF32)
    header.u64(offset)
    offset += Math.ceil((elements * 4) / alignment) * alignment
  }
  header.pad()
  header.flush()

  const file = await open(filePath, 'w')
  try {
    for (const chunk of header.chunks) await file.write(chunk)
    const padding = Buffer.alloc(alignment)
    for (const tensor of tensors) {
      const bytes = Buffer.from(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength)
      await file.write(bytes)
      const rest = (alignment - (bytes.length % alignment)) % alignment
      if (rest > 0) await file.write(padding, 0, rest)
    }
  } finally {
    await file.close()
  }
}
