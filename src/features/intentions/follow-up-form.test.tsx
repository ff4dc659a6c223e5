/**
 * The follow-up form while its save is slow or fails: the person is told,
 * politely and after a few seconds, and what they chose and wrote stays in
 * the form, ready to try again.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Intention } from '../../domain/intentions/intention.ts';
import { StorageError } from '../../storage/errors.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import * as intentionsRepo from '../../storage/repositories/intentions-repo.ts';
import { STILL_SAVING } from '../../ui/save-status.tsx';
import { SLOW_AFTER_MS } from '../../ui/use-slow-notice.ts';
import { FollowUpForm } from './follow-up-form.tsx';

const INTENTION: Intention = {
  id: 'i1',
  createdAt: '2026-11-15T18:05:00.000Z',
  elementId: 'helping',
  text: 'Clear one obstacle the team names at huddle',
  source: 'practice',
  responseId: null,
  followUp: null,
};
const NOTE = 'Managed it on two days';

/** A save that settles only when the test says so. */
function heldSave() {
  const held: { resolve: () => void; reject: (error: unknown) => void } = { resolve: () => undefined, reject: () => undefined };
  const spy = vi.spyOn(intentionsRepo, 'saveIntention').mockImplementation(
    () =>
      new Promise<void>((resolve, reject) => {
        held.resolve = resolve;
        held.reject = reject;
      }),
  );
  return { held, spy };
}

function answer() {
  const onSaved = vi.fn();
  render(<FollowUpForm connection={{} as ProfileConnection} intention={INTENTION} readOnly={false} onSaved={onSaved} />);
  fireEvent.click(screen.getByRole('radio', { name: 'Partly' }));
  fireEvent.change(screen.getByRole('textbox', { name: 'A note on what happened' }), { target: { value: NOTE } });
  fireEvent.click(screen.getByRole('button', { name: 'Save how it went' }));
  return onSaved;
}

function expectWordsKept() {
  expect(screen.getByRole('radio', { name: 'Partly' })).toBeChecked();
  expect(screen.getByRole('textbox', { name: 'A note on what happened' })).toHaveValue(NOTE);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a slow follow-up save', () => {
  it('says so after a few seconds, in a polite status, and keeps the answer and note', () => {
    const { spy } = heldSave();
    answer();
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeDisabled();
    act(() => vi.advanceTimersByTime(SLOW_AFTER_MS - 1));
    expect(screen.queryByText(/Still saving/)).not.toBeInTheDocument();

    act(() => vi.advanceTimersByTime(1));
    const status = screen.getByText(STILL_SAVING);
    expect(status).toHaveAttribute('role', 'status');
    expectWordsKept();
    fireEvent.click(screen.getByRole('button', { name: 'Try saving again' }));
    expect(spy).toHaveBeenCalledTimes(2);
    expect(spy).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ followUp: expect.objectContaining({ outcome: 'partly', note: NOTE }) }));
  });

  it('reports once saved, with the outcome, and the slow notice goes', async () => {
    const { held } = heldSave();
    const onSaved = answer();
    act(() => vi.advanceTimersByTime(SLOW_AFTER_MS));
    expect(screen.getByText(STILL_SAVING)).toBeInTheDocument();
    await act(async () => held.resolve());
    expect(onSaved).toHaveBeenCalledWith('partly');
    expect(screen.queryByText(/Still saving/)).not.toBeInTheDocument();
  });

  it('keeps the answer and note when the save fails, and can try again', async () => {
    const { held, spy } = heldSave();
    const onSaved = answer();
    await act(async () => held.reject(new StorageError('quota')));
    expect(screen.getByRole('alert')).toHaveTextContent(/out of storage space/);
    expectWordsKept();
    expect(onSaved).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Save how it went' }));
    await act(async () => held.resolve());
    expect(spy).toHaveBeenCalledTimes(2);
    expect(onSaved).toHaveBeenCalledWith('partly');
  });

  describe('when a slow save lands after "Try saving again" was pressed and the retry fails', () => {
    /** Every call of the save, each settled when the test says so. */
    function heldSaves() {
      const calls: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
      vi.spyOn(intentionsRepo, 'saveIntention').mockImplementation(() => new Promise<void>((resolve, reject) => void calls.push({ resolve, reject })));
      return calls;
    }

    function answerThenRetry(calls: ReturnType<typeof heldSaves>) {
      const onSaved = answer();
      act(() => vi.advanceTimersByTime(SLOW_AFTER_MS));
      fireEvent.click(screen.getByRole('button', { name: 'Try saving again' }));
      expect(calls).toHaveLength(2);
      return onSaved;
    }

    it('reports it saved when the first lands before the retry fails', async () => {
      const calls = heldSaves();
      const onSaved = answerThenRetry(calls);
      await act(async () => calls[0]!.resolve());
      await act(async () => calls[1]!.reject(new StorageError('quota')));
      expect(onSaved).toHaveBeenCalledWith('partly');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('reports it saved when the first lands after the retry failed', async () => {
      const calls = heldSaves();
      const onSaved = answerThenRetry(calls);
      await act(async () => calls[1]!.reject(new StorageError('quota')));
      await act(async () => calls[0]!.resolve());
      expect(onSaved).toHaveBeenCalledWith('partly');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });
});
