import { createRouterClient } from '@orpc/server'
import type { ApiClient } from '../contract'
import type { ApiContext } from './context'
import { errorInterceptors, router } from './router'

/** The CLI's door: direct calls through the same router, validation and audit. */
export function createInProcessClient(context: ApiContext): ApiClient {
  return createRouterClient(router, { context, interceptors: errorInterceptors })
}
