/** If the dashboard cannot be worked out, the screen says so calmly and keeps its heading and the way to print; nothing is lost. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as ProgressViewModule from '../../domain/progress/progress-view.ts';
import { useSession } from '../../state/session-store.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { makeResponse } from '../../testing/factories.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { CHART_TITLES } from '../../ui/charts/chart-names.ts';

/** The rules fail on every range but the last three months, as they might on a record only the longer ranges hold. */
vi.mock('../../domain/progress/progress-view.ts', async (importOriginal) => {
  const original = await importOriginal<typeof ProgressViewModule>();
  return {
    ...original,
    buildProgressView: (...args: Parameters<typeof original.buildProgressView>) => {
      if (args[2] === 'three-months') return original.buildProgressView(...args);
      throw new Error('a record in a shape the rules do not expect');
    },
  };
});

describe('the Progress screen when the dashboard cannot be worked out', () => {
  it('says so calmly, with the heading still there', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    await useSession.getState().start();
    await saveCompletedResponse(useSession.getState().connection!, makeResponse({ id: 'a' }));
    renderApp('/progress');
    expect(await screen.findByText('Your progress could not be shown')).toBeInTheDocument();
    expect(screen.getByText(/Nothing has been changed or deleted/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Your progress' })).toBeInTheDocument();
  });

  it('comes back when the leader chooses another range', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await useSession.getState().start();
    await saveCompletedResponse(useSession.getState().connection!, makeResponse({ id: 'a', completedAt: new Date().toISOString() }));
    const { user } = renderApp('/progress');
    expect(await screen.findByText('Your progress could not be shown')).toBeInTheDocument();
    await user.click(within(screen.getByRole('radiogroup', { name: 'Show' })).getByRole('radio', { name: 'Last 3 months' }));
    expect(await screen.findByRole('figure', { name: CHART_TITLES.trend })).toBeInTheDocument();
    expect(screen.queryByText('Your progress could not be shown')).not.toBeInTheDocument();
  });
});
