import { UsageError } from './run-command'
import { createCore } from '../core/create-core'
import { roleNames, type RoleName } from '../engines/engine-types'

/** `cliniclab engines list`: endpoints and the role each runs. */
export async function enginesListCommand(dataDir: string, options: { json?: boolean }): Promise<void> {
  const core = createCore({ dataDir })
  try {
    const endpoints = core.roles.endpoints()
    const roles = core.roles.roles()
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ endpoints, roles }, null, 2)}\n`)
      return
    }
    if (endpoints.length === 0) process.stdout.write('No endpoints. Add one with `cliniclab engines add NAME BASE_URL`.\n')
    for (const endpoint of endpoints) process.stdout.write(`${endpoint.name}  ${endpoint.kind}  ${endpoint.baseUrl ?? ''}${endpoint.hasKey ? '  (key stored)' : ''}\n`)
    process.stdout.write('\n')
    for (const role of roleNames) {
      const row = roles.find((entry) => entry.role === role)
      const endpoint = row && endpoints.find((entry) => entry.id === row.endpointId)
      process.stdout.write(`${role.padEnd(10)} ${row && endpoint ? `${endpoint.name} / ${row.model}${row.adapter ? ` + ${row.adapter}` : ''}  ${JSON.stringify(row.sampling)}` : '—'}\n`)
    }
  } finally {
    await core.dispose()
  }
}

/** `cliniclab engines add`: an OpenAI-compatible endpoint; the key is read from an environment variable so it never sits in shell history. */
export async function enginesAddCommand(dataDir: string, name: string, baseUrl: string, options: { keyEnv?: string; check?: boolean }): Promise<void> {
  const apiKey = options.keyEnv ? process.env[options.keyEnv] : undefined
  if (options.keyEnv && !apiKey) throw new UsageError(`--key-env ${options.keyEnv}: that environment variable is empty.`)
  const core = createCore({ dataDir })
  try {
    const endpoint = core.roles.addEndpoint({ name, kind: 'openai-compatible', baseUrl, apiKey: apiKey ?? null })
    process.stdout.write(`Added ${endpoint.name} (${endpoint.baseUrl}).\n`)
    if (options.check) {
      // The one network call here, and only because it was asked for.
      process.stdout.write(`Asking ${endpoint.baseUrl} for its models…\n`)
      const models = await core.roles.engineFor(endpoint).models({ signal: AbortSignal.timeout(10_000) })
      process.stdout.write(`${models.join('\n')}\n`)
    }
  } finally {
    await core.dispose()
  }
}

/** `cliniclab engines assign ROLE ENDPOINT MODEL`: which endpoint, model and adapter a role runs on. */
export async function enginesAssignCommand(dataDir: string, role: string, endpointName: string, model: string, options: { adapter?: string; temperature?: string; maxTokens?: string }): Promise<void> {
  if (!(roleNames as readonly string[]).includes(role)) throw new UsageError(`Unknown role "${role}": one of ${roleNames.join(', ')}.`)
  const core = createCore({ dataDir })
  try {
    const endpoint = core.roles.endpoints().find((entry) => entry.name === endpointName)
    if (!endpoint) throw new UsageError(`No endpoint named "${endpointName}"; see \`cliniclab engines list\`.`)
    const row = core.roles.assign(role as RoleName, {
      endpointId: endpoint.id,
      model,
      adapter: options.adapter ?? null,
      sampling: { ...(options.temperature ? { temperature: Number(options.temperature) } : {}), ...(options.maxTokens ? { maxTokens: Number(options.maxTokens) } : {}) }
    })
    process.stdout.write(`${row.role} → ${endpoint.name} / ${row.model}${row.adapter ? ` + ${row.adapter}` : ''} ${JSON.stringify(row.sampling)}\n`)
  } finally {
    await core.dispose()
  }
}
