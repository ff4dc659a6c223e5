/**
 * The support routes (content/support/support-routes.json), loaded on demand
 * as their own chunk the first time a screen needs them, then kept.
 */
import type { SupportRoutes } from './support-schema.ts';

export type { SupportRoutes };

let loaded: Promise<SupportRoutes> | undefined;

export function loadSupportRoutes(): Promise<SupportRoutes> {
  loaded ??= import('../../content/support/support-routes.json').then((m) => m.default as SupportRoutes);
  return loaded;
}
