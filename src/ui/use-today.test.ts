/** Today's date stays current in a tab left open: on being shown or focused, after midnight, and when the records change. */
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useToday } from './use-today.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('useToday', () => {
  it('moves to the new day when the page is shown again, or focused', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T23:50:00'));
    const { result } = renderHook(() => useToday());
    expect(result.current).toBe('2026-11-26');
    vi.setSystemTime(new Date('2026-11-27T08:00:00'));
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(result.current).toBe('2026-11-27');
    vi.setSystemTime(new Date('2026-11-28T08:00:00'));
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(result.current).toBe('2026-11-28');
  });

  it('moves to the new day just after midnight, with the page left open', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date('2026-11-26T23:50:00'));
    const { result } = renderHook(() => useToday());
    act(() => vi.advanceTimersByTime(9 * 60 * 1000));
    expect(result.current).toBe('2026-11-26');
    act(() => vi.advanceTimersByTime(2 * 60 * 1000));
    expect(result.current).toBe('2026-11-27');
    act(() => vi.advanceTimersByTime(24 * 60 * 60 * 1000));
    expect(result.current).toBe('2026-11-28');
  });

  it('looks again when what it is given changes', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T23:50:00'));
    const { result, rerender } = renderHook(({ records }) => useToday(records), { initialProps: { records: 1 } });
    vi.setSystemTime(new Date('2026-11-27T00:10:00'));
    rerender({ records: 1 });
    expect(result.current).toBe('2026-11-26');
    rerender({ records: 2 });
    expect(result.current).toBe('2026-11-27');
  });
});
