import { describe, expect, it, vi } from 'vitest';
import { onceLoaded, type SupportRoutes } from './support-routes.ts';

const ROUTES = { id: 'support-routes', version: 1, title: 'T', intro: 'I', routes: [], urgent: 'U' } as unknown as SupportRoutes;

describe('onceLoaded', () => {
  it('loads once and keeps the routes', async () => {
    const importRoutes = vi.fn(() => Promise.resolve(ROUTES));
    const load = onceLoaded(importRoutes);
    expect(await load()).toBe(ROUTES);
    expect(await load()).toBe(ROUTES);
    expect(importRoutes).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load instead of failing for the rest of the session', async () => {
    const importRoutes = vi.fn<() => Promise<SupportRoutes>>().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValue(ROUTES);
    const load = onceLoaded(importRoutes);
    await expect(load()).rejects.toThrow('chunk missing');
    expect(await load()).toBe(ROUTES);
  });
});
