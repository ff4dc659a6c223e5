/**
 * The unlock form's countdown follows the steady clock that storage measures
 * a wait with, so moving the device's clock while a wait runs neither opens
 * the form early nor stretches the wait.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../../state/session-store.ts';
import { UnlockForm } from './unlock-form.tsx';

const PROFILE = { id: 'p1', displayName: 'Ana', hasPassphrase: true };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const realUnlock = useSession.getState().unlock;

afterEach(() => {
  vi.useRealTimers();
  useSession.setState({ unlock: realUnlock }); // resetSession() resets the state, not the actions
});

/** The form on fake timers (the wall clock, the steady clock and timeouts), after a wrong passphrase that started a five-minute wait. */
async function formWaitingFiveMinutes() {
  vi.useFakeTimers({ toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(new Date('2026-12-03T09:00:00Z'));
  const refused = Object.assign(new Error('Too many wrong attempts. Please wait before trying again.'), {
    name: 'UnlockWaitError',
    retryAt: Date.now() + 5 * MINUTE,
    wait: 5 * MINUTE,
  });
  useSession.setState({ status: 'locked', profile: PROFILE, profiles: [PROFILE], unlock: vi.fn().mockRejectedValue(refused) });
  render(<UnlockForm />);
  fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: 'a wrong guess' } });
  fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
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

const countdown = () => screen.queryByText(/you can try again in/)?.textContent ?? null;
const unlockButton = () => screen.getByRole('button', { name: 'Unlock' });

describe('the countdown when the device clock is changed', () => {
  it('keeps counting down, Unlock disabled, when the clock is moved two hours forward', async () => {
    await formWaitingFiveMinutes();
    expect(countdown()).toContain('you can try again in 5 minutes.');

    vi.setSystemTime(Date.now() + 2 * HOUR);
    await tick(1000);
    expect(countdown()).toContain('you can try again in 4 minutes 59 seconds.');
    expect(unlockButton()).toBeDisabled();
  });

  it('does not stretch the wait when the clock is moved a day back', async () => {
    await formWaitingFiveMinutes();
    vi.setSystemTime(Date.now() - 24 * HOUR);
    await tick(1000);
    expect(countdown()).toContain('you can try again in 4 minutes 59 seconds.');
    fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: 'the right passphrase' } });
    await tick(5 * MINUTE - 1000);
    expect(countdown()).toBeNull();
    expect(unlockButton()).toBeEnabled();
  });
});
