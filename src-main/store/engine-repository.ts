import type { RoleName, Sampling } from '../engines/engine-types'
import type { StatementCache } from './statement-cache'

export interface EndpointRow {
  id: string
  name: string
  kind: 'openai-compatible' | 'llama-cpp' | 'vllm'
  baseUrl: string | null
  hasKey: boolean
  createdAt: string
}

export interface RoleRow {
  role: RoleName
  endpointId: string
  model: string
  adapter: string | null
  sampling: Sampling
  updatedAt: string
}

/** Engine endpoints and which role runs where. */
export class EngineRepository {
  constructor(private readonly sql: StatementCache) {}

  insertEndpoint(endpoint: EndpointRow): void {
    this.sql
      .get('INSERT INTO engine_endpoints (id, name, kind, base_url, has_key, created_at) VALUES (@id, @name, @kind, @baseUrl, @hasKey, @createdAt)')
      .run({ ...endpoint, hasKey: endpoint.hasKey ? 1 : 0 })
  }

  endpoints(): EndpointRow[] {
    return this.sql
      .get<[], Omit<EndpointRow, 'hasKey'> & { hasKey: number }>('SELECT id, name, kind, base_url AS baseUrl, has_key AS hasKey, created_at AS createdAt FROM engine_endpoints ORDER BY created_at, id')
      .all()
      .map((row) => ({ ...row, hasKey: row.hasKey === 1 }))
  }

  deleteEndpoint(id: string): boolean {
    return this.sql.get('DELETE FROM engine_endpoints WHERE id = ?').run(id).changes > 0
  }

  assign(role: Omit<RoleRow, 'updatedAt'>, now = new Date()): void {
    this.sql
      .get(
        `INSERT INTO role_assignments (role, endpoint_id, model, adapter, sampling, updated_at) VALUES (@role, @endpointId, @model, @adapter, @sampling, @updatedAt)
         ON CONFLICT (role) DO UPDATE SET endpoint_id = excluded.endpoint_id, model = excluded.model, adapter = excluded.adapter, sampling = excluded.sampling, updated_at = excluded.updated_at`
      )
      .run({ ...role, sampling: JSON.stringify(role.sampling), updatedAt: now.toISOString() })
  }

  unassign(role: RoleName): void {
    this.sql.get('DELETE FROM role_assignments WHERE role = ?').run(role)
  }

  roles(): RoleRow[] {
    return this.sql
      .get<[], Omit<RoleRow, 'sampling'> & { sampling: string }>('SELECT role, endpoint_id AS endpointId, model, adapter, sampling, updated_at AS updatedAt FROM role_assignments ORDER BY role')
      .all()
      .map((row) => ({ ...row, sampling: JSON.parse(row.sampling) as Sampling }))
  }
}
