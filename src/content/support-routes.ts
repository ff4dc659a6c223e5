/**
 * The support routes (content/support/support-routes.json), loaded on demand
 * as their own chunk the first time a screen needs them, then kept. A failed
 * load is not kept, so the next screen that needs them tries again.
 */
import type { SupportRoutes } from './support-schema.ts';

export type { SupportRoutes };

/** A loader over `importRoutes` that keeps what it loaded, and forgets a failure. */
export function onceLoaded(importRoutes: () => Promise<SupportRoutes>): () => Promise<SupportRoutes> {
  let loaded: Promise<SupportRoutes> | undefined;
  return () => {
    const loading = (loaded ??= importRoutes());
    loading.catch(() => {
      if (loaded === loading) loaded = undefined;
    });
    return loading;
  };
}

export const loadSupportRoutes = onceLoaded(() => import('../../content/support/support-routes.json').then((m) => m.default as SupportRoutes));
