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
