/**
 * Today's invitation into Progress, with the change itself stood in for:
 * it is worked out only after Today is marked ready, shows one sentence and
 * a link to /progress, and shows nothing when there is no change.
 */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';

const load = vi.hoisted(() => vi.fn<() => Promise<string | null>>());
vi.mock('./latest-change-load.ts', () => ({ loadLatestChange: load }));

afterEach(() => {
  vi.restoreAllMocks();
  load.mockReset();
});

describe('the latest change on Today', () => {
  it('is worked out only after Today’s records are on screen and marked ready', async () => {
    const mark = vi.spyOn(performance, 'mark');
    load.mockResolvedValue('Understanding rose 11 points since March 2026.');
    renderApp('/');
    await screen.findByRole('region', { name: 'Your progress' });
    const ready = mark.mock.calls.findIndex(([name]) => name === 'attune:home-ready');
    expect(ready).toBeGreaterThanOrEqual(0);
    expect(mark.mock.invocationCallOrder[ready]!).toBeLessThan(load.mock.invocationCallOrder[0]!);
  });

  it('names the change and links to Progress', async () => {
    load.mockResolvedValue('Understanding rose 11 points since March 2026.');
    renderApp('/');
    const card = await screen.findByRole('region', { name: 'Your progress' });
    expect(card).toHaveTextContent('Understanding rose 11 points since March 2026.');
    expect(screen.getByRole('link', { name: 'See your progress' })).toHaveAttribute('href', '/progress');
  });

  it('shows nothing when there is no change to name', async () => {
    load.mockResolvedValue(null);
    renderApp('/');
    await screen.findByRole('region', { name: 'Weekly reflection' });
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    await load.mock.results[0]!.value;
    expect(screen.queryByRole('region', { name: 'Your progress' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'See your progress' })).not.toBeInTheDocument();
  });
});
