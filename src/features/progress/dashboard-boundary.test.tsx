/** If the dashboard cannot be worked out, the screen says so calmly and keeps its heading and the way to print; nothing is lost. */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSession } from '../../state/session-store.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { makeResponse } from '../../testing/factories.ts';
import { renderApp } from '../../testing/render-app.tsx';

vi.mock('../../domain/progress/progress-view.ts', () => ({
  buildProgressView: () => {
    throw new Error('a record in a shape the rules do not expect');
  },
}));

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
});
