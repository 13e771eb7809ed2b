import { AppError } from '../core/errors'

/** A chat turn in OpenAI form. */
export interface ChatTurn {
  role: 'system' | 'user' | 'assistant'
  content: string
}

/**
 * What the patient engine needs from a model: one completion. The engines
 * work provides it for the `patient` role; tests pass doubles (a leaky one
 * among them). Without one, the scripted patient answers.
 */
export interface PatientModel {
  readonly info: { engine: string; model: string; adapter: string | null }
  complete(messages: ChatTurn[], options: { signal?: AbortSignal }): Promise<{ text: string; outputTokens?: number }>
}

/** A model that stopped mid-reply (its engine crashed or was stopped); `partial` is what it had said by then. */
export class PatientModelStoppedError extends AppError<{ partial: string }> {
  constructor(message: string, partial: string) {
    super('ENGINE_FAILED', message, { partial })
  }
}
