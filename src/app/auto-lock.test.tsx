import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../state/session-store.ts';
import { MAX_UNLOCKED_MS, useAutoLock } from './auto-lock.ts';

function Probe() {
  useAutoLock();
  return null;
}

const lock = vi.fn(() => Promise.resolve());

function unlockedOnSharedDevice(autoLockMinutes = 5) {
  useSession.setState({
    status: 'ready',
    device: { sharedDevice: true, autoLockMinutes },
    profile: { id: 'p', displayName: 'Alex', hasPassphrase: true },
    unlockedAt: Date.now(),
    lock,
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-11-21T09:00:00Z'));
  lock.mockClear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('auto-lock on a shared device', () => {
  it('locks after 5 idle minutes by default, and activity restarts the count', () => {
    unlockedOnSharedDevice();
    render(<Probe />);
    act(() => vi.advanceTimersByTime(4 * 60_000));
    window.dispatchEvent(new Event('pointerdown'));
    act(() => vi.advanceTimersByTime(4 * 60_000));
    expect(lock).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(60_000));
    expect(lock).toHaveBeenCalledWith({ toPicker: true });
  });

  it('uses the chosen idle time (1–15 minutes)', () => {
    unlockedOnSharedDevice(1);
    render(<Probe />);
    act(() => vi.advanceTimersByTime(59_999));
    expect(lock).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks at once when the app is hidden', () => {
    unlockedOnSharedDevice();
    render(<Probe />);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks at most 12 hours after unlocking, however busy', () => {
    unlockedOnSharedDevice(15);
    render(<Probe />);
    const step = 10 * 60_000;
    for (let i = 0; i < MAX_UNLOCKED_MS / step - 1; i++) {
      act(() => vi.advanceTimersByTime(step));
      window.dispatchEvent(new Event('keydown'));
    }
    expect(lock).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(step));
    expect(lock).toHaveBeenCalled();
  });

  it('does nothing on a personal device', () => {
    unlockedOnSharedDevice();
    useSession.setState({ device: { sharedDevice: false, autoLockMinutes: 5 } });
    render(<Probe />);
    act(() => vi.advanceTimersByTime(60 * 60_000));
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(lock).not.toHaveBeenCalled();
  });
});
