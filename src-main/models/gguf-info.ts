import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppError, describeCause } from '../core/errors'

export class ModelFileMissingError extends AppError<{ file: string }> {
  constructor(file: string) {
    super('MODEL_FILE_MISSING', `The model file ${file} does not exist (moved or deleted?). Import it again or pick another model.`, { file })
  }
}

export class ModelFileInvalidError extends AppError<{ file: string; problem: string }> {
  constructor(file: string, problem: string, cause?: unknown) {
    super('MODEL_FILE_INVALID', `${basename(file)} is not a usable GGUF file: ${problem}. Download or convert it again.`, { file, problem }, { cause })
  }
}

export class AdapterMismatchError extends AppError<{ adapter: string; adapterArchitecture: string; modelArchitecture: string }> {
  constructor(adapter: string, adapterArchitecture: string, modelArchitecture: string) {
    super(
      'ADAPTER_MISMATCH',
      `The adapter ${basename(adapter)} was trained for ${adapterArchitecture || 'an unknown architecture'}, but the loaded model is ${modelArchitecture}. Pick an adapter made for this base model.`,
      { adapter, adapterArchitecture, modelArchitecture }
    )
  }
}

/** What the Models view shows about a GGUF file. */
export interface GgufSummary {
  file: string
  sizeBytes: number
  kind: 'model' | 'adapter'
  architecture: string
  name: string | null
  /** Sum of tensor elements. */
  parameters: number
  /** The file type name (e.g. MOSTLY_Q4_K_M) or the tensors' type when the file does not say. */
  quantization: string
  contextLength: number | null
  chatTemplate: string | null
  loraAlpha: number | null
}

/**
 * Reads a GGUF's header, metadata and tensor table (not the weights) and
 * checks that every tensor lies inside the file, so a truncated download is
 * refused before llama.cpp tries to map it.
 */
export async function inspectGguf(file: string): Promise<GgufSummary> {
  let size: number
  try {
    size = (await stat(file)).size
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ModelFileMissingError(file)
    throw new ModelFileInvalidError(file, describeCause(error), error)
  }
  const { readGgufFileInfo, GgufFileType, GgmlType } = await import('node-llama-cpp')
  let info: Awaited<ReturnType<typeof readGgufFileInfo>>
  try {
    info = await readGgufFileInfo(file, { logWarnings: false, spliceSplitFiles: false })
  } catch (error) {
    throw new ModelFileInvalidError(file, `its header cannot be read (${describeCause(error)})`, error)
  }
  const tensors = info.tensorInfo ?? []
  if (tensors.length === 0) throw new ModelFileInvalidError(file, 'it holds no tensors')
  const lastStart = tensors.reduce((most, tensor) => Math.max(most, Number(tensor.fileOffset)), 0)
  if (lastStart >= size) throw new ModelFileInvalidError(file, `it is truncated (${size} bytes, but tensor data starts at byte ${lastStart})`)

  const general = info.metadata.general as { architecture?: string; name?: string; type?: string; file_type?: number }
  const architecture = String(general.architecture ?? '')
  const parameters = tensors.reduce((sum, tensor) => sum + tensor.dimensions.reduce<number>((product, dim) => product * Number(dim), 1), 0)
  const tensorTypes = new Set(tensors.map((tensor) => GgmlType[tensor.ggmlType] ?? String(tensor.ggmlType)))
  const adapter = (info.metadata as unknown as { adapter?: { lora?: { alpha?: number } } }).adapter
  const architectureMetadata = info.architectureMetadata as { context_length?: number }
  const tokenizer = info.metadata.tokenizer as { chat_template?: string } | undefined
  return {
    file,
    sizeBytes: size,
    kind: general.type === 'adapter' ? 'adapter' : 'model',
    architecture,
    name: general.name ?? null,
    parameters,
    quantization: general.file_type !== undefined ? (GgufFileType[general.file_type] ?? String(general.file_type)) : [...tensorTypes].join('+'),
    contextLength: architectureMetadata.context_length ?? null,
    chatTemplate: tokenizer?.chat_template ?? null,
    loraAlpha: adapter?.lora?.alpha ?? null
  }
}
