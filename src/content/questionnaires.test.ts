/** loadNotesOf: the version notes of several questionnaires, each loaded on its own, so one that fails leaves the others. */
import { describe, expect, it } from 'vitest';
import type { VersionNotes } from './questionnaires.ts';
import { loadNotesOf, loadVersionNotes } from './questionnaires.ts';

const NOTE = { version: 2, summary: 'Each element now has three questions.', scoresComparable: false };

describe('loadNotesOf', () => {
  it('gives the notes that loaded and names, in the order asked, those that failed or do not exist', async () => {
    const load = (id: string): Promise<VersionNotes | undefined> => {
      if (id === 'broken') return Promise.reject(new Error('chunk missing'));
      if (id === 'unknown') return Promise.resolve(undefined);
      return Promise.resolve({ currentVersion: 2, changes: [{ ...NOTE }] });
    };
    expect(await loadNotesOf(['broken', 'pulse', 'unknown', 'presence'], load)).toEqual({
      versionNotes: { pulse: [NOTE], presence: [NOTE] },
      unavailable: ['broken', 'unknown'],
    });
  });

  it('reads the registry’s own notes unless told otherwise', async () => {
    const ids = ['weekly-pulse', 'compassionate-leadership'];
    const notes = await loadNotesOf(ids);
    expect(notes.unavailable).toEqual([]);
    for (const id of ids) expect(notes.versionNotes[id]).toEqual((await loadVersionNotes(id))!.changes);
  });
});
