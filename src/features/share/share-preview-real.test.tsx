/**
 * The share preview through the real storage: a journal entry marked “Share
 * with my coach” is shown in full in what will leave the device, and an
 * unmarked one is not, when the journal choice is “Only entries marked for
 * my coach”; “Every entry in these dates” shows both.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newEntry } from '../../domain/journal/entry.ts';
import { useSession } from '../../state/session-store.ts';
import { saveJournalEntry } from '../../storage/repositories/journal-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';

const MARKED = 'Marked for my coach: the handover went better once I listened first.';
const PRIVATE = 'Private canary 7f3a: not for anyone else.';

describe('the share preview, from the stored journal', () => {
  it('shows a marked entry’s text and never an unmarked one’s, unless every entry is chosen', async () => {
    await useSession.getState().start();
    const connection = useSession.getState().connection!;
    await saveJournalEntry(connection, { ...newEntry('j1', new Date('2026-11-20T09:00:00Z'), '2026-11-20'), text: MARKED, shareWithCoach: true });
    await saveJournalEntry(connection, { ...newEntry('j2', new Date('2026-11-21T09:00:00Z'), '2026-11-21'), text: PRIVATE });

    const { user } = renderApp('/share');
    await screen.findByRole('form', { name: 'Choose what to share' });
    await user.click(within(screen.getByRole('group', { name: 'Journal entries' })).getByRole('radio', { name: 'Only entries marked for my coach' }));
    await user.click(screen.getByRole('button', { name: 'Preview what will be shared' }));
    const region = await screen.findByRole('region', { name: 'What will leave this device' });
    expect(within(region).getByText(MARKED)).toBeInTheDocument();
    expect(within(region).getByText('1 journal entry')).toBeInTheDocument();
    expect(region).not.toHaveTextContent(PRIVATE);

    await user.click(within(screen.getByRole('group', { name: 'Journal entries' })).getByRole('radio', { name: 'Every entry in these dates' }));
    await user.click(screen.getByRole('button', { name: 'Preview what will be shared' }));
    const wider = await screen.findByRole('region', { name: 'What will leave this device' });
    expect(within(wider).getByText(PRIVATE)).toBeInTheDocument();
    expect(within(wider).getByText('2 journal entries')).toBeInTheDocument();
  });
});
