import { useEffect, useState } from 'react'

export const viewIds = ['patient', 'assistant', 'knowledge', 'cases', 'results', 'models', 'training', 'benchmarks', 'settings'] as const
export type ViewId = (typeof viewIds)[number]

/** A view, or a page that belongs to one (a session's report sits under Results, a conversation under the assistant). */
export type Route =
  | { view: ViewId; page: null }
  | { view: 'results'; page: { kind: 'report'; sessionId: string } }
  | { view: 'assistant'; page: { kind: 'conversation'; conversationId: string } }

export function routeFromHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '')
  const report = /^report\/([0-9a-f-]{36})$/i.exec(path)
  if (report) return { view: 'results', page: { kind: 'report', sessionId: report[1]! } }
  const conversation = /^assistant\/([0-9a-f-]{36})$/i.exec(path)
  if (conversation) return { view: 'assistant', page: { kind: 'conversation', conversationId: conversation[1]! } }
  return { view: (viewIds as readonly string[]).includes(path) ? (path as ViewId) : 'patient', page: null }
}

export const reportHref = (sessionId: string) => `#/report/${sessionId}`
export const conversationHref = (conversationId: string | null) => (conversationId ? `#/assistant/${conversationId}` : '#/assistant')

/** The current route lives in the URL hash, so reloads and links keep their place. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => routeFromHash(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
