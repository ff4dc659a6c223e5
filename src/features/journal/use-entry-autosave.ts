/**
 * Holds a journal entry on screen and saves it while the leader types: at
 * most SAVE_DELAY_MS after a change (so no more than that is lost if the
 * tab dies), at once when the page is hidden or closed, when the editor
 * closes, and when the profile is locked (a flush registered with the
 * database: a lock calls it before it drops the key). An untouched new entry
 * is never saved. Each save goes to storage at once, even while an earlier
 * one is still being written: it is sealed there and then, and storage
 * writes in call order, so the newest state is stored last and a save stuck
 * in IndexedDB never holds back the sealing of what was typed after it.
 * A change waiting for its save is tracked by the database from the moment
 * it is typed, so an upgrade in another tab waits for it. Each save is timed
 * as the "attune:journal-autosave" performance measure for the benchmark.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JournalEntry } from '../../domain/journal/entry.ts';
import { hasContent } from '../../domain/journal/entry.ts';
import { toStorageError } from '../../storage/errors.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { saveEntry } from './journal-actions.ts';

/** The longest a change waits before it is saved. */
export const SAVE_DELAY_MS = 400;

export type SaveState = 'unsaved' | 'saving' | 'saved' | 'failed';

export interface EntryAutosave {
  entry: JournalEntry;
  state: SaveState;
  error: string | null;
  update: (change: (entry: JournalEntry) => JournalEntry) => void;
  /** Saves any pending change now; resolves, once every save so far has finished, to whether the last one succeeded. */
  flush: () => Promise<boolean>;
}

export function useEntryAutosave(connection: ProfileConnection, initial: JournalEntry, isNew: boolean, onFirstSave?: (entry: JournalEntry) => void): EntryAutosave {
  const [entry, setEntry] = useState(initial);
  const [state, setState] = useState<SaveState>(isNew ? 'unsaved' : 'saved');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(initial);
  const everSaved = useRef(!isNew);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const changedAt = useRef<number | null>(null);
  /** Settles once every save issued so far has finished. */
  const chain = useRef<Promise<void>>(Promise.resolve());
  /** The state last handed to storage, and how many saves have been issued. */
  const issuedTarget = useRef<JournalEntry | null>(isNew ? null : initial);
  const issuedCount = useRef(0);
  /** Settles the tracked promise of the changes waiting to be saved. */
  const settleWaiting = useRef<(() => void) | null>(null);
  const failed = useRef(false);
  const mounted = useRef(true);
  const firstSave = useRef(onFirstSave);
  useEffect(() => {
    firstSave.current = onFirstSave;
  });

  const saveNow = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const target = latest.current;
    const settle = settleWaiting.current;
    settleWaiting.current = null;
    const nothingNew = (!everSaved.current && !hasContent(target)) || (issuedTarget.current === target && !failed.current);
    if (nothingNew) {
      settle?.();
      return chain.current.then(() => !failed.current);
    }
    const requested = changedAt.current;
    changedAt.current = null;
    issuedTarget.current = target;
    const issued = ++issuedCount.current;
    const isNewest = () => issued === issuedCount.current;
    setState('saving');
    // Called now, not after the previous save has finished: see the header.
    const saving = saveEntry(connection, target).then(
      () => {
        if (requested !== null) {
          try {
            performance.measure('attune:journal-autosave', { start: requested, end: performance.now() });
          } catch {
            // performance.measure with options is missing in some test environments
          }
        }
        const first = !everSaved.current;
        everSaved.current = true;
        // Not after the editor has closed: its screen (or the weekly step) has moved on.
        if (first && mounted.current) firstSave.current?.(target);
        if (!isNewest()) return;
        failed.current = false;
        if (latest.current === target) setState('saved');
        setError(null);
      },
      (caught: unknown) => {
        if (!isNewest()) return; // a newer save is on its way, and reports for itself
        failed.current = true;
        issuedTarget.current = null; // so that the next flush tries again
        setState('failed');
        setError(toStorageError(caught).message);
      },
    );
    chain.current = connection.database.track(Promise.all([chain.current, saving]).then(() => undefined));
    if (settle) void chain.current.finally(settle);
    return chain.current.then(() => !failed.current);
  }, [connection]);

  const update = useCallback(
    (change: (entry: JournalEntry) => JournalEntry) => {
      const next = { ...change(latest.current), updatedAt: new Date().toISOString() };
      latest.current = next;
      setEntry(next);
      changedAt.current ??= performance.now();
      if (settleWaiting.current === null) {
        // Tracked now, not only when the save starts: a lock in the meantime waits for this change to be written.
        connection.database.track(new Promise<void>((resolve) => (settleWaiting.current = resolve)));
      }
      if (timer.current === undefined) timer.current = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
    },
    [connection, saveNow],
  );

  // A lock calls this before it drops the key, so a change still waiting for its timer is sealed first.
  useEffect(() => {
    const unregister = connection.database.onFlush(() => {
      if (timer.current !== undefined) void saveNow();
    });
    return () => void unregister();
  }, [connection, saveNow]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void saveNow();
    };
    const onPageHide = () => void saveNow();
    mounted.current = true;
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      mounted.current = false;
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      if (timer.current !== undefined) void saveNow();
    };
  }, [saveNow]);

  return { entry, state, error, update, flush: saveNow };
}
