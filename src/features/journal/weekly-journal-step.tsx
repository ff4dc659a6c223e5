/**
 * The journal part of the weekly reflection: a new entry answering the
 * prompt of the day (which can be changed), saved as you type. "Continue"
 * saves what is there and moves on; nothing is saved if nothing was written.
 */
import { useEffect, useState } from 'react';
import type { JournalPrompt } from '../../content/journal-prompts.ts';
import { loadJournalPrompts, promptForDay } from '../../content/journal-prompts.ts';
import { newId } from '../../domain/ids.ts';
import type { JournalEntry } from '../../domain/journal/entry.ts';
import { hasContent, newEntry } from '../../domain/journal/entry.ts';
import { useConnection } from '../../state/session-store.ts';
import { getJournalEntry } from '../../storage/repositories/journal-repo.ts';
import { Button } from '../../ui/button.tsx';
import { today } from '../../ui/today.ts';
import { JournalEditor } from './journal-editor.tsx';
import { useEntryAutosave } from './use-entry-autosave.ts';

export interface WeeklyJournalStepProps {
  /** An entry already begun in this reflection, to carry on with. */
  entryId: string | null;
  /** Called once a new entry is first saved, so a reflection left half-way comes back to the same entry. */
  onBegun?: (entryId: string) => void;
  onDone: (entryId: string | null) => void;
}

export function WeeklyJournalStep({ entryId, onBegun, onDone }: WeeklyJournalStepProps) {
  const connection = useConnection();
  const [start, setStart] = useState<{ entry: JournalEntry; isNew: boolean; prompts: readonly JournalPrompt[] }>();
  useEffect(() => {
    let live = true;
    void (async () => {
      const prompts = await loadJournalPrompts();
      const existing = entryId ? await getJournalEntry(connection, entryId) : undefined;
      if (!live) return;
      setStart(existing ? { entry: existing, isNew: false, prompts } : { entry: newEntry(newId(), new Date(), today(), promptForDay(prompts, today())), isNew: true, prompts });
    })();
    return () => {
      live = false;
    };
  }, [connection, entryId]);
  if (!start) return <p role="status">Opening your journal…</p>;
  return <Editor start={start} onBegun={onBegun} onDone={onDone} />;
}

interface EditorProps {
  start: { entry: JournalEntry; isNew: boolean; prompts: readonly JournalPrompt[] };
  onBegun: ((entryId: string) => void) | undefined;
  onDone: (entryId: string | null) => void;
}

function Editor({ start, onBegun, onDone }: EditorProps) {
  const connection = useConnection();
  const autosave = useEntryAutosave(connection, start.entry, start.isNew, (entry) => onBegun?.(entry.id));
  return (
    <>
      <JournalEditor connection={connection} autosave={autosave} prompts={start.prompts} />
      <div className="button-row">
        <Button
          onClick={() => {
            const written = !start.isNew || hasContent(autosave.entry);
            const id = autosave.entry.id;
            void autosave.flush().then((saved) => saved && onDone(written ? id : null));
          }}
        >
          Continue
        </Button>
      </div>
    </>
  );
}
