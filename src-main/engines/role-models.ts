import type { JudgeModel } from '../assessment/critique'
import { PatientModelStoppedError, type PatientModel } from '../patient/patient-model'
import { collect, EngineCallError } from './collect'
import type { RoleService } from './role-service'

/** The `patient` role as the patient engine's model: one completion with the role's sampling, thinking off. */
export function patientModelFromRoles(roles: RoleService): () => PatientModel | null {
  return () => {
    const resolved = roles.resolve('patient')
    if (!resolved) return null
    return {
      info: resolved.info,
      async complete(messages, options) {
        const result = await collect(resolved.engine.chat(resolved.model, { messages, sampling: resolved.sampling, thinking: false, ...(options.signal ? { signal: options.signal } : {}) }))
        if (result.reason === 'aborted' || result.reason === 'error') throw new PatientModelStoppedError(result.error ?? `the patient model stopped: ${result.reason}`, result.text)
        return { text: result.text.trim(), outputTokens: result.timing.outputTokens }
      }
    }
  }
}

/** The `judge` role for the critique: structured output at temperature 0, whatever the role's default. */
export function judgeModelFromRoles(roles: RoleService): () => JudgeModel | null {
  return () => {
    const resolved = roles.resolve('judge')
    if (!resolved) return null
    return {
      info: resolved.info,
      async completeJson(messages, options) {
        const result = await collect(
          resolved.engine.chat(resolved.model, { messages, sampling: { ...resolved.sampling, temperature: 0 }, thinking: false, jsonSchema: { name: 'verdict', schema: options.jsonSchema }, ...(options.signal ? { signal: options.signal } : {}) })
        )
        if (result.reason === 'aborted' || result.reason === 'error') throw new EngineCallError(result.reason, result.error ?? `the judge stopped: ${result.reason}`)
        return { text: result.text }
      }
    }
  }
}
