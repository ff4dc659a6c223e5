/**
 * Whether the user asks for reduced motion (`prefers-reduced-motion: reduce`),
 * kept up to date when the setting changes. False where matchMedia is
 * missing (older browsers, some test environments).
 */
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function query(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const list = query();
  if (!list) return () => {};
  if (typeof list.addEventListener === 'function') {
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }
  // Safari before 14 only has the older listener API.
  list.addListener?.(onChange);
  return () => list.removeListener?.(onChange);
}

function snapshot(): boolean {
  return query()?.matches ?? false;
}

export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
