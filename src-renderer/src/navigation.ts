import { useEffect, useState } from 'react'

export const viewIds = ['patient', 'assistant', 'cases', 'models', 'training', 'benchmarks', 'settings'] as const
export type ViewId = (typeof viewIds)[number]

function viewFromHash(hash: string): ViewId {
  const id = hash.replace(/^#\/?/, '')
  return (viewIds as readonly string[]).includes(id) ? (id as ViewId) : 'patient'
}

/** The current view lives in the URL hash, so reloads and links keep their place. */
export function useCurrentView(): ViewId {
  const [view, setView] = useState(() => viewFromHash(window.location.hash))
  useEffect(() => {
    const onChange = () => setView(viewFromHash(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return view
}
