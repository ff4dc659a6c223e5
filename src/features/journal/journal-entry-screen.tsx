/**
 * /journal/:entryId — one entry, or a new one when the id is "new" (with an
 * optional ?prompt=). A new entry is saved on its first change and the
 * address then becomes the entry's own, without leaving the editor.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { JournalPrompt } from '../../content/journal-prompts.ts';
import { loadJournalPrompts } from '../../content/journal-prompts.ts';
import { newId } from '../../domain/ids.ts';
import type { JournalEntry } from '../../domain/journal/entry.ts';
import { newEntry } from '../../domain/journal/entry.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import { toStorageError } from '../../storage/errors.ts';
import { getJournalEntry } from '../../storage/repositories/journal-repo.ts';
import { Button } from '../../ui/button.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { today } from '../../ui/today.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { deleteEntry } from './journal-actions.ts';
import { JournalEditor } from './journal-editor.tsx';
import { useEntryAutosave } from './use-entry-autosave.ts';

export const NEW_ENTRY = 'new';

type Loaded = { entry: JournalEntry; isNew: boolean; prompts: readonly JournalPrompt[] };

export function JournalEntryScreen() {
  const { entryId = NEW_ENTRY } = useParams();
  const [search] = useSearchParams();
  const connection = useConnection();
  const [loaded, setLoaded] = useState<Loaded | null | undefined>();
  const [error, setError] = useState<string | null>(null);
  const openFor = useRef<string | null>(null);
  useDocumentTitle(entryId === NEW_ENTRY ? 'New journal entry' : 'Journal entry');

  useEffect(() => {
    let live = true;
    // Once an entry is open, a change of address to its own id (after its first save) is not a new entry to load.
    if (openFor.current === entryId || (loaded && loaded.entry.id === entryId)) {
      openFor.current = entryId;
      return;
    }
    openFor.current = entryId;
    void (async () => {
      try {
        const prompts = await loadJournalPrompts();
        if (entryId === NEW_ENTRY) {
          const prompt = prompts.find((p) => p.id === search.get('prompt'));
          if (live) setLoaded({ entry: newEntry(newId(), new Date(), today(), prompt), isNew: true, prompts });
        } else {
          const entry = await getJournalEntry(connection, entryId);
          if (live) setLoaded(entry ? { entry, isNew: false, prompts } : null);
        }
      } catch (caught) {
        if (live) setError(toStorageError(caught).message);
      }
    })();
    return () => {
      live = false;
    };
  }, [connection, entryId, search, loaded]);

  if (error) return <Notice tone="alert">{error}</Notice>;
  if (loaded === undefined) return <p role="status">Opening your journal…</p>;
  if (loaded === null) {
    return (
      <>
        <h1>Entry not found</h1>
        <p>
          This entry is not in your journal on this device. <Link to={paths.journal()}>Back to your journal</Link>
        </p>
      </>
    );
  }
  return <EntryEditorScreen key={loaded.entry.id} loaded={loaded} />;
}

function EntryEditorScreen({ loaded }: { loaded: Loaded }) {
  const connection = useConnection();
  const navigate = useNavigate();
  const readOnly = useSession((s) => s.readOnly);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const autosave = useEntryAutosave(connection, loaded.entry, loaded.isNew, (entry) =>
    void navigate(paths.journalEntry(entry.id), { replace: true }),
  );

  async function remove() {
    try {
      if (!(await autosave.flush())) return; // the alert above says why; nothing is deleted
      await deleteEntry(connection, autosave.entry);
      void navigate(paths.journal());
    } catch (caught) {
      setDeleteError(toStorageError(caught).message);
    }
  }

  return (
    <>
      <h1>{loaded.isNew && autosave.state === 'unsaved' ? 'New journal entry' : 'Journal entry'}</h1>
      <p className="muted">Begun {formatDateTime(autosave.entry.createdAt)}</p>
      <JournalEditor connection={connection} autosave={autosave} prompts={loaded.prompts} />
      {deleteError && <Notice tone="alert">{deleteError}</Notice>}
      <div className="button-row">
        <Button
          onClick={() => {
            // Stay when the last save failed, so the words are not lost with the screen.
            void autosave.flush().then((saved) => saved && navigate(paths.journal()));
          }}
        >
          Done
        </Button>
        {autosave.state !== 'unsaved' && (
          <Button variant="secondary" disabled={readOnly} onClick={() => void remove()}>
            Delete entry
          </Button>
        )}
      </div>
    </>
  );
}
