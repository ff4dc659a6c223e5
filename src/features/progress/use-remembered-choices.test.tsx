/** The range and the hidden calendar of weeks are kept in the profile's preferences and come back on the next visit, without losing other preferences. */
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../domain/preferences.ts';
import { getPreferences, savePreferences } from '../../storage/repositories/weekly-repo.ts';
import { openTestProfile, TEST_PROFILE } from '../../testing/factories.ts';
import { useRememberedChoices } from './use-remembered-choices.ts';

describe('the choices Progress remembers', () => {
  it('starts on the last year with the calendar of weeks shown', async () => {
    const connection = await openTestProfile();
    const { result } = renderHook(() => useRememberedChoices(connection, false));
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current.range).toBe('year');
    expect(result.current.weeksHidden).toBe(false);
    connection.database.db.close();
  });

  it('saves both choices and restores them on the next visit, keeping the weekly rhythm', async () => {
    const connection = await openTestProfile();
    await savePreferences(connection, { ...DEFAULT_PREFERENCES, dueWeekday: 2, hideStreak: true });
    const first = renderHook(() => useRememberedChoices(connection, false));
    await waitFor(() => expect(first.result.current.ready).toBe(true));
    act(() => {
      first.result.current.setRange('all');
      first.result.current.setWeeksHidden(true);
    });
    expect(first.result.current.range).toBe('all');
    await waitFor(async () => expect(await getPreferences(connection)).toMatchObject({ progressRange: 'all', hideWeeksCalendar: true }));
    expect(await getPreferences(connection)).toMatchObject({ dueWeekday: 2, hideStreak: true });
    first.unmount();

    const next = renderHook(() => useRememberedChoices(connection, false));
    await waitFor(() => expect(next.result.current.ready).toBe(true));
    expect(next.result.current.range).toBe('all');
    expect(next.result.current.weeksHidden).toBe(true);
    connection.database.db.close();
  });

  it('applies a choice but saves nothing while the data is read-only', async () => {
    const connection = await openTestProfile();
    const { result } = renderHook(() => useRememberedChoices(connection, true));
    await waitFor(() => expect(result.current.ready).toBe(true));
    act(() => result.current.setRange('three-months'));
    expect(result.current.range).toBe('three-months');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await getPreferences(connection)).progressRange).toBeUndefined();
    connection.database.db.close();
  });

  it('starts another profile from its own preferences, not the range chosen on the last one', async () => {
    const first = await openTestProfile();
    const second = await openTestProfile({ ...TEST_PROFILE, id: 'profile-b' });
    await savePreferences(second, { ...DEFAULT_PREFERENCES, progressRange: 'three-months' });
    const { result, rerender } = renderHook(({ connection }) => useRememberedChoices(connection, false), { initialProps: { connection: first } });
    await waitFor(() => expect(result.current.ready).toBe(true));
    act(() => {
      result.current.setRange('all');
      result.current.setWeeksHidden(true);
    });
    expect(result.current.range).toBe('all');

    rerender({ connection: second });
    await waitFor(() => expect(result.current.range).toBe('three-months'));
    expect(result.current.weeksHidden).toBe(false);
    first.database.db.close();
    second.database.db.close();
  });
});
