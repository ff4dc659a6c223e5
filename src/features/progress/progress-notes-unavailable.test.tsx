/**
 * When the notes on one charted questionnaire's versions cannot be loaded,
 * Progress still uses the others', says which could not be loaded, and
 * states no change across that questionnaire's versions.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Registry from '../../content/questionnaires.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { loadProgressNotes } from './use-version-notes.ts';

vi.mock('../../content/questionnaires.ts', async (importOriginal) => {
  const original = await importOriginal<typeof Registry>();
  return {
    ...original,
    // The shared loader, over the real notes, with the weekly pulse's chunk missing.
    loadNotesOf: (ids: readonly string[]) =>
      original.loadNotesOf(ids, (id) => (id === 'weekly-pulse' ? Promise.reject(new Error('chunk missing')) : original.loadVersionNotes(id))),
  };
});

describe('Progress when some version notes cannot be loaded', () => {
  it('passes the notes that loaded and leaves out the one that did not', async () => {
    const notes = await loadProgressNotes();
    expect(notes.unavailable).toEqual(['weekly-pulse']);
    expect(Object.keys(notes.versionNotes).sort()).toEqual(['compassionate-leadership', 'leadership-presence']);
  });

  it('says which could not be loaded and that no change is stated across its versions', async () => {
    renderApp('/progress');
    expect(await screen.findByText('Some notes on changed questions could not be loaded')).toBeInTheDocument();
    expect(screen.getByText(/What changed between the versions of the weekly pulse could not be loaded, so no change is stated across those versions/)).toBeInTheDocument();
  });
});
