import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetSession, useSession } from '../../state/session-store.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { UnlockForm } from './unlock-form.tsx';

const PROFILE = { id: 'p1', displayName: 'Ana', hasPassphrase: true };
const PASSPHRASE = 'kettle harbour violet seventeen';

function waitError(retryAt: number): Error {
  return Object.assign(new Error('Too many wrong attempts. Please wait before trying again.'), { name: 'UnlockWaitError', retryAt });
}

/**
 * The unlock form alone, on fake timers, with a stand-in `unlock` that
 * reports a five-minute wait. Typing and clicks go through fireEvent: under
 * a fake setTimeout, Testing Library's async wrapper (which user-event uses)
 * waits for a timer that never fires.
 */
function renderForm() {
  // The clock and timers only: React's scheduler and the test's promises run as usual.
  vi.useFakeTimers({ toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
  const unlock = vi.fn().mockRejectedValue(waitError(Date.now() + 5 * 60_000));
  useSession.setState({ status: 'locked', profile: PROFILE, profiles: [PROFILE], unlock });
  render(<UnlockForm />);
  return { unlock };
}

function type(text: string) {
  fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: text } });
}

/** A click, then the rejected attempt and the re-render it causes. */
async function click(button: HTMLElement) {
  fireEvent.click(button);
  await act(async () => {});
}

/** Lets `ms` pass a second at a time, so each tick's re-render schedules the next, as in a browser. */
async function tick(ms: number) {
  for (let left = ms; left > 0; left -= 1000) {
    await act(() => {
      vi.advanceTimersByTime(Math.min(1000, left));
    });
  }
}
const unlockButton = () => screen.getByRole('button', { name: 'Unlock' });
const announcement = () => screen.getByRole('status').textContent;
const countdown = () => screen.queryByText(/you can try again in/)?.textContent ?? null;

const realUnlock = useSession.getState().unlock;

afterEach(() => {
  vi.useRealTimers();
  useSession.setState({ unlock: realUnlock }); // resetSession() resets the state, not the actions
});

describe('the unlock form during a wait after wrong passphrases', () => {
  it('disables Unlock, counts down by itself, and opens again exactly when the wait ends', async () => {
    const { unlock } = renderForm();
    type('a wrong guess again');
    await click(unlockButton());
    expect(unlock).toHaveBeenCalledTimes(1);
    expect(unlockButton()).toBeDisabled();
    expect(countdown()).toContain('you can try again in 5 minutes.');

    await tick(1000);
    expect(countdown()).toContain('you can try again in 4 minutes 59 seconds.');
    await tick(1000);
    expect(countdown()).toContain('you can try again in 4 minutes 58 seconds.');

    // Clicking, or pressing Enter in the field, does nothing while it runs.
    type(PASSPHRASE);
    expect(unlockButton()).toBeDisabled();
    await click(unlockButton());
    fireEvent.submit(screen.getByRole('form', { name: 'Unlock Ana' }));
    await act(async () => {});
    expect(unlock).toHaveBeenCalledTimes(1);

    await tick(5 * 60_000 - 2000 - 1);
    expect(countdown()).toContain('you can try again in 1 second.');
    expect(unlockButton()).toBeDisabled();
    await tick(1);
    expect(countdown()).toBeNull();
    expect(unlockButton()).toBeEnabled();
    await click(unlockButton());
    expect(unlock).toHaveBeenCalledTimes(2);
  });

  it('announces the start, each minute and the end politely, not every second', async () => {
    renderForm();
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(announcement()).toBe('');
    type('a wrong guess again');
    await click(unlockButton());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    const heard: string[] = [];
    const shown = new Set<string | null>();
    for (let second = 0; second < 5 * 60; second++) {
      const said = announcement() ?? '';
      if (heard.at(-1) !== said) heard.push(said);
      shown.add(countdown());
      await tick(1000);
    }
    expect(shown.size).toBe(5 * 60);
    expect(heard).toEqual([
      'Too many wrong attempts. You can try again in 5 minutes.',
      'You can try again in 4 minutes.',
      'You can try again in 3 minutes.',
      'You can try again in 2 minutes.',
      'You can try again in 1 minute.',
    ]);
    expect(announcement()).toBe('You can try again now.');
  });
});

describe('a wait that a wrong passphrase starts', () => {
  it('shows at once after the fifth wrong passphrase, and again after a reload, before any attempt', async () => {
    const { user } = renderApp('/profiles');
    const form = await screen.findByRole('form', { name: 'Lock this profile with a passphrase' });
    await user.type(within(form).getByLabelText('New passphrase'), PASSPHRASE);
    await user.type(within(form).getByLabelText('New passphrase again'), PASSPHRASE);
    await user.click(within(form).getByRole('button', { name: 'Set passphrase' }));
    await screen.findByText(/Passphrase set/, {}, { timeout: 15_000 });
    await user.click(screen.getByRole('button', { name: 'Lock' }));

    for (let attempt = 1; attempt <= 5; attempt++) {
      await user.type(await screen.findByLabelText('Passphrase'), `wrong guess number ${attempt}`);
      await user.click(screen.getByRole('button', { name: 'Unlock' }));
      expect(await screen.findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent('That passphrase did not unlock this profile.');
    }
    expect(await screen.findByText(/you can try again in (1 minute|\d+ seconds)\./)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeDisabled();

    // A reload: the page and its memory go, the directory stays.
    cleanup();
    resetSession();
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock My reflections' })).toBeInTheDocument();
    expect(await screen.findByText(/you can try again in (1 minute|\d+ seconds)\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  }, 120_000);
});
