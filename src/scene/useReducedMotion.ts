import { useSyncExternalStore } from 'react'

const QUERY = '(prefers-reduced-motion: reduce)'

function subscribe(onChange: () => void) {
  if (typeof matchMedia !== 'function') return () => {}
  const mq = matchMedia(QUERY)
  mq.addEventListener('change', onChange)
  return () => mq.removeEventListener('change', onChange)
}

const snapshot = () => typeof matchMedia === 'function' && matchMedia(QUERY).matches

/** True when the user asked the system for less motion: glides cut, animations show their end. */
export const useReducedMotion = () => useSyncExternalStore(subscribe, snapshot, () => false)
