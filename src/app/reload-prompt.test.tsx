import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../state/session-store.ts';
import { pwaStub } from '../testing/pwa-register-stub.ts';
import { renderApp } from '../testing/render-app.tsx';

afterEach(() => {
  pwaStub.needRefresh = false;
});

describe('the update prompt', () => {
  it('offers "Reload" when a new version is ready, and reloads only when asked', async () => {
    pwaStub.needRefresh = true;
    const update = vi.spyOn(pwaStub, 'updateServiceWorker');
    const { user } = renderApp('/settings');
    expect(await screen.findByText('A new version is ready')).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(update).toHaveBeenCalledWith(true);
  });

  it('can be put off with "Not now"', async () => {
    pwaStub.needRefresh = true;
    const { user } = renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(screen.queryByText('A new version is ready')).not.toBeInTheDocument();
  });

  it('waits while a questionnaire draft is open', async () => {
    pwaStub.needRefresh = true;
    const update = vi.spyOn(pwaStub, 'updateServiceWorker');
    const { user } = renderApp('/assess/compassionate-leadership');
    await screen.findByRole('heading', { level: 2, name: /Attending/ });
    // Effects run just after the step paints.
    await waitFor(() => expect(useSession.getState().draftOpen).toBe(true));
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
    expect(screen.getByText(/It will be offered when you finish or leave this questionnaire/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Today' }));
    expect(await screen.findByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
  });

  it('is absent when there is no update', async () => {
    renderApp('/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(screen.queryByText('A new version is ready')).not.toBeInTheDocument();
  });
});
