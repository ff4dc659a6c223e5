/**
 * /journal — every entry, newest first, a page at a time (never thousands of
 * rows at once), with search as you type and filters by element, tag and
 * date. The first page comes straight from storage so the screen is quick;
 * search uses the in-memory index, which loads behind it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { ElementId } from '../../domain/elements/element-ids.ts';
import { ELEMENT_IDS, ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import type { JournalEntry } from '../../domain/journal/entry.ts';
import { preview } from '../../domain/journal/entry.ts';
import type { JournalFilters } from '../../domain/journal/search.ts';
import { allTags, isFiltered, NO_FILTERS, searchEntries } from '../../domain/journal/search.ts';
import { useConnection } from '../../state/session-store.ts';
import { toStorageError } from '../../storage/errors.ts';
import { listJournalPage } from '../../storage/repositories/journal-repo.ts';
import { Button, ButtonLink } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { lastDeleted } from './journal-index.ts';
import { restoreEntry } from './journal-actions.ts';
import { useJournalIndex } from './use-journal-index.ts';

/** Entries shown at once, and added by "Show more". */
export const PAGE_SIZE = 30;

function EntryLink({ entry }: { entry: JournalEntry }) {
  return (
    <li>
      <Link to={paths.journalEntry(entry.id)} className="journal-list__link">
        <span className="journal-list__date">{formatCalendarDate(entry.localDate)}</span>
        {entry.promptText && <span className="journal-list__prompt">{preview(entry.promptText, 90)}</span>}
        <span className="journal-list__preview">{preview(entry.text) || 'No text yet'}</span>
        {entry.shareWithCoach && <span className="journal-list__tags muted">For my coach</span>}
        {(entry.elements.length > 0 || entry.tags.length > 0) && (
          <span className="journal-list__tags muted">{[...entry.elements.map((e) => ELEMENT_NAMES[e]), ...entry.tags.map((t) => `#${t}`)].join(' · ')}</span>
        )}
      </Link>
    </li>
  );
}

export function JournalScreen() {
  useDocumentTitle('Journal');
  const connection = useConnection();
  const firstPage = useLiveQuery(() => listJournalPage(connection, 0, PAGE_SIZE), [connection]);
  const { index, error } = useJournalIndex(connection, firstPage !== undefined);
  const [filters, setFilters] = useState<JournalFilters>(NO_FILTERS);
  const deferred = useDeferredValue(filters);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [undoError, setUndoError] = useState<string | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const deleted = lastDeleted(connection);

  const filtered = isFiltered(deferred);
  const results = useMemo(() => (index ? searchEntries(index.entries, deferred) : undefined), [index, deferred]);
  const tags = useMemo(() => (index ? allTags(index.entries.map((e) => e.entry)) : []), [index]);
  const list = results ?? (filtered ? undefined : firstPage?.items);
  const total = results?.length ?? index?.entries.length;

  // Benchmark marks: the first rows on screen, and each search from keystroke to results shown.
  const typedAt = useRef<number | null>(null);
  const listReady = list !== undefined;
  useEffect(() => {
    if (listReady) performance.mark?.('attune:journal-list-ready');
  }, [listReady]);
  useEffect(() => {
    if (typedAt.current === null || results === undefined || deferred !== filters) return;
    try {
      performance.measure('attune:journal-search', { start: typedAt.current, end: performance.now() });
    } catch {
      // performance.measure with options is missing in some test environments
    }
    typedAt.current = null;
  }, [results, deferred, filters]);

  function change(next: Partial<JournalFilters>) {
    typedAt.current ??= performance.now();
    setFilters((f) => ({ ...f, ...next }));
    setShown(PAGE_SIZE);
  }

  return (
    <>
      <h1>Journal</h1>
      <p>Private notes on how you are leading. They stay on this device, and are locked with your profile.</p>
      <ButtonLink to={paths.journalNew()}>New entry</ButtonLink>
      {deleted && deleted.id !== restored && (
        <Notice tone="info" title="Entry deleted">
          <p>
            The entry from {formatCalendarDate(deleted.localDate)} has been deleted.{' '}
            {/* Focus goes straight to Undo after a delete, so it is one key press away and is announced. */}
            <Button
              variant="quiet"
              autoFocus
              onClick={() => {
                restoreEntry(connection, deleted).then(
                  () => setRestored(deleted.id),
                  (caught: unknown) => setUndoError(toStorageError(caught).message),
                );
              }}
            >
              Undo
            </Button>
          </p>
        </Notice>
      )}
      {undoError && <Notice tone="alert">{undoError}</Notice>}
      {error !== undefined && <Notice tone="alert">{toStorageError(error).message}</Notice>}
      {index && index.unreadable > 0 && (
        <Notice tone="warning" title="Some entries could not be read">
          <p>{index.unreadable} saved entries have been altered or do not belong to this profile, so they are not shown. Nothing has been deleted.</p>
        </Notice>
      )}
      <div role="search" className="journal-filters" aria-label="Search and filter your journal">
        <div className="field">
          <label className="field__label" htmlFor="journal-search">
            Search your journal
          </label>
          <input id="journal-search" className="field__input" type="search" autoComplete="off" value={filters.query} onChange={(e) => change({ query: e.target.value })} />
        </div>
        <div className="journal-filters__row">
          <div className="field">
            <label className="field__label" htmlFor="journal-element">
              Element
            </label>
            <select id="journal-element" autoComplete="off" value={filters.element ?? ''} onChange={(e) => change({ element: (e.target.value || null) as ElementId | null })}>
              <option value="">Any element</option>
              {ELEMENT_IDS.map((id) => (
                <option key={id} value={id}>
                  {ELEMENT_NAMES[id]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="journal-tag">
              Tag
            </label>
            <select id="journal-tag" autoComplete="off" value={filters.tag ?? ''} onChange={(e) => change({ tag: e.target.value || null })}>
              <option value="">Any tag</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="journal-from">
              From
            </label>
            <input id="journal-from" className="field__input" type="date" autoComplete="off" value={filters.from ?? ''} onChange={(e) => change({ from: e.target.value || null })} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="journal-to">
              To
            </label>
            <input id="journal-to" className="field__input" type="date" autoComplete="off" value={filters.to ?? ''} onChange={(e) => change({ to: e.target.value || null })} />
          </div>
        </div>
        {isFiltered(filters) && (
          <Button variant="quiet" onClick={() => change(NO_FILTERS)}>
            Clear search and filters
          </Button>
        )}
      </div>
      <p role="status" className="muted">
        {total === undefined
          ? filtered
            ? 'Searching…'
            : ''
          : filtered
            ? `${total} ${total === 1 ? 'entry matches' : 'entries match'}`
            : `${total} ${total === 1 ? 'entry' : 'entries'}`}
      </p>
      {list === undefined ? (
        <p className="muted">Loading your journal…</p>
      ) : list.length === 0 ? (
        <p className="muted">{filtered ? 'No entries match. Try fewer words or clear a filter.' : 'No entries yet. Your first one is a button away.'}</p>
      ) : (
        <>
          <ul className="journal-list" aria-label={filtered ? 'Matching entries, newest first' : 'Entries, newest first'}>
            {list.slice(0, shown).map((entry) => (
              <EntryLink key={entry.id} entry={entry} />
            ))}
          </ul>
          {(total ?? list.length) > shown && (
            <Button variant="secondary" onClick={() => setShown((n) => n + PAGE_SIZE)} disabled={!results}>
              Show {PAGE_SIZE} more
            </Button>
          )}
        </>
      )}
    </>
  );
}
