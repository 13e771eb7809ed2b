import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../core/create-core'
import { startOpenAiStandIn } from '../test-support/openai-stand-in'
import { askOnce, starterCore } from '../test-support/starter-core'
import { useTempDirs } from '../test-support/temp-dir'

const tempDir = useTempDirs()

describe('roles', () => {
  let core: Core | undefined
  let close: (() => Promise<void>) | undefined
  afterEach(async () => {
    await core?.dispose()
    await close?.()
  })

  it('keeps the API key out of the database, in a file only the user can read', () => {
    const dataDir = tempDir()
    core = starterCore(dataDir)
    const endpoint = core.roles.addEndpoint({ name: 'ollama', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:11434/v1/', apiKey: 'sk-secret-123' })
    expect(endpoint).toMatchObject({ baseUrl: 'http://127.0.0.1:11434/v1', hasKey: true })
    expect(() => core!.roles.addEndpoint({ name: 'ollama', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:9/v1', apiKey: 'sk-other' })).toThrow(expect.objectContaining({ code: 'ENDPOINT_EXISTS' }))
    expect(readFileSync(join(dataDir, 'cliniclab.sqlite')).includes('sk-secret-123')).toBe(false)
    expect(statSync(join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600)
    expect(core.roles.removeEndpoint(endpoint.id)).toBe(true)
    expect(readFileSync(join(dataDir, 'secrets.json'), 'utf8')).not.toContain('sk-secret-123')
  })

  it('stores each role with its defaults and refuses an unknown endpoint', () => {
    core = starterCore(tempDir())
    const endpoint = core.roles.addEndpoint({ name: 'vllm', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:8000/v1' })
    expect(core.roles.assign('judge', { endpointId: endpoint.id, model: 'qwen3-8b', sampling: { maxTokens: 800 } }).sampling).toEqual({ temperature: 0, maxTokens: 800 })
    expect(core.roles.assign('patient', { endpointId: endpoint.id, model: 'qwen3-8b', adapter: 'patient-lora' }).adapter).toBe('patient-lora')
    expect(core.roles.roles().map((row) => row.role)).toEqual(['judge', 'patient'])
    expect(() => core!.roles.assign('critic', { endpointId: 'nope', model: 'm' })).toThrow(expect.objectContaining({ code: 'ENDPOINT_NOT_FOUND' }))
    // Removing the endpoint removes the roles that ran on it: they fall back to scripted / no critique.
    core.roles.removeEndpoint(endpoint.id)
    expect(core.roles.roles()).toEqual([])
    expect(core.roles.resolve('patient')).toBeNull()
  })

  it('runs the patient on its role’s adapter and the critique on the judge role, through an OpenAI-compatible endpoint', async () => {
    const verdict = { processItems: [{ id: 'process.introduce', pass: true, turn: 1, quote: '我是王医生' }], strengths: ['有条理'], improvements: ['问过敏史'] }
    const stand = await startOpenAiStandIn({ pieces: ['医生，我胸口疼，', '疼了快两个小时了。'] })
    close = stand.close
    core = starterCore(tempDir())
    const endpoint = core.roles.addEndpoint({ name: 'local', kind: 'openai-compatible', baseUrl: stand.baseUrl, apiKey: 'sk-local' })
    core.roles.assign('patient', { endpointId: endpoint.id, model: 'qwen3-0.6b', adapter: 'patient-lora' })
    const id = core.patient.start({ packId: 'starter', caseId: 'acute-coronary-syndrome', language: 'zh' })
    expect(await askOnce(core, id, '您好，我是王医生，您哪里不舒服？')).toBe('医生，我胸口疼，疼了快两个小时了。')
    const reply = core.patient.view(id).messages.at(-1)
    expect(reply).toMatchObject({ engine: 'openai-compatible:local', model: 'qwen3-0.6b', adapter: 'patient-lora', outputTokens: 2 })
    expect(stand.requests.at(-1)).toMatchObject({ model: 'patient-lora', temperature: 0.7, auth: 'Bearer sk-local', chat_template_kwargs: { enable_thinking: false } })
    core.patient.submit(id, '心梗', [])

    await close()
    const judge = await startOpenAiStandIn({ pieces: [JSON.stringify(verdict)] })
    close = judge.close
    const judgeEndpoint = core.roles.addEndpoint({ name: 'judge-box', kind: 'openai-compatible', baseUrl: judge.baseUrl })
    core.roles.assign('judge', { endpointId: judgeEndpoint.id, model: 'qwen3-8b', sampling: { temperature: 0.5 } })
    const critique = await core.assessment.critique(id)
    expect(critique).toMatchObject({ engine: 'openai-compatible:judge-box', model: 'qwen3-8b', adapter: null, promptVersion: 'critique-1' })
    expect(critique.verdict.processItems[0]).toMatchObject({ id: 'process.introduce', pass: true, quoteFound: true })
    // Judging always runs at temperature 0 with the verdict's JSON schema, whatever the role's default.
    expect(judge.requests.at(-1)).toMatchObject({ temperature: 0, response_format: { type: 'json_schema', json_schema: { name: 'verdict' } } })
  })
})
