/**
 * The support routes (content/support/support-routes.json), loaded on demand
 * as their own chunk: where an NHS colleague can turn when a result or a
 * prompt touches distress.
 */
import type { SupportRoutes } from './support-schema.ts';

export type { SupportRoutes };

let loaded: Promise<SupportRoutes> | undefined;

export function loadSupportRoutes(): Promise<SupportRoutes> {
  loaded ??= import('../../content/support/support-routes.json').then((m) => m.default as SupportRoutes);
  return loaded;
}
